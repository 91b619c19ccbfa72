"""The arbitration queue (PROTOCOL §4): one order for the API, the desk page and its "next pair"."""
from __future__ import annotations

from django.db.models import QuerySet

from annotation.models import Pair, PairState, User
from annotation.selectors.visibility import visible_pairs

#: Safety conflicts always need an expert, so they come first; then what an admin raised, then the
#: pair that has waited longest (a disputed pair last changed when it closed).
QUEUE_ORDER = ("-safety_conflict", "-priority", "updated_at", "id")


def arbitration_queue(user: User, *, campaign_id: int | None = None, safety_conflicts_only: bool = False) -> QuerySet[Pair]:
    """Disputed pairs she may decide, in the order an expert should take them."""
    pairs = visible_pairs(user).filter(state=PairState.DISPUTED)
    if campaign_id is not None:
        pairs = pairs.filter(campaign_id=campaign_id)
    if safety_conflicts_only:
        pairs = pairs.filter(safety_conflict=True)
    return pairs.order_by(*QUEUE_ORDER)


def next_to_decide(user: User, *, after: Pair) -> Pair | None:
    """The pair the desk opens once she has decided `after`: the head of its campaign's queue."""
    return arbitration_queue(user, campaign_id=after.campaign_id).exclude(pk=after.pk).first()


def decided_by(user: User, *, limit: int = 10) -> QuerySet[Pair]:
    """Pairs she decided, latest first, for going back to one."""
    return visible_pairs(user).filter(arbitrations__expert=user).distinct().select_related("campaign").order_by("-resolved_at")[:limit]
