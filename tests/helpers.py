"""Scripted annotation helpers shared by service-level tests."""

import uuid
from datetime import timedelta

from django.utils import timezone

from annotation.models import Lease
from annotation.rules import Scores
from annotation.services.submission import submit_annotation


def hand(user, pair, *, a_on_left: bool = True) -> Lease:
    """Hand this exact pair to her, as `next` would (tests choose the pair and the display order)."""
    lease, _ = Lease.objects.update_or_create(
        pair=pair,
        annotator=user,
        defaults={
            "campaign": pair.campaign,
            "a_on_left": a_on_left,
            "expires_at": timezone.now() + timedelta(minutes=10),
        },
    )
    return lease


def judge_pair(user, pair, a: Scores, b: Scores, client_id=None, **kwargs):
    """Hand her the pair, then submit her scores for it."""
    hand(user, pair)
    return submit_annotation(
        annotator=user, pair_id=pair.pk, client_id=client_id or uuid.uuid4(), scores={"a": a, "b": b}, **kwargs
    )
