"""The de-identification review queue as admins see it (PROTOCOL §7)."""

from __future__ import annotations

from django.db.models import QuerySet

from annotation.models import ReviewItem, ReviewState


def review_queue(*, state: str = ReviewState.PENDING, campaign_id: int | None = None) -> QuerySet[ReviewItem]:
    """Listed spans in `state`, oldest first, with where each one is."""
    items = ReviewItem.objects.filter(state=state).select_related("campaign", "decided_by").order_by("id")
    return items if campaign_id is None else items.filter(campaign_id=campaign_id)
