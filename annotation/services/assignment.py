"""Handing out pairs to annotators with leases (PROTOCOL §5).

Safe under concurrency on PostgreSQL: a candidate pair is locked with `FOR UPDATE SKIP LOCKED`,
and its free slots are counted again by a fresh statement once the lock is held. Every lease is
created under that lock, so two annotators can never both take a pair's last slot. On SQLite,
which serialises writers, the same code is correct without row locks.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from annotation.errors import Conflict, NotFound
from annotation.models import Annotation, Campaign, Lease, Pair, PairState, Skip, User

# A candidate can lose its last slot between the search and the lock; try a few more then.
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Assignment:
    pair: Pair
    a_on_left: bool
    lease_expires_at: datetime

    def responses_in_display_order(self) -> list[dict]:
        a = {"key": "a", "text": self.pair.response_a.text}
        b = {"key": "b", "text": self.pair.response_b.text}
        return [a, b] if self.a_on_left else [b, a]


def next_pair_for(*, annotator: User, campaign: Campaign, now: datetime | None = None, rng: random.Random | None = None) -> Assignment | None:
    """The pair this annotator should judge next, or None when nothing is left for her.

    A live lease is answered with the same pair again, so a reload never skips work.
    """
    now = now or timezone.now()
    rng = rng or random
    if not campaign.is_active:
        raise Conflict(f"campaign '{campaign.name}' is not active")
    held = (
        Lease.objects.select_related("pair__prompt", "pair__response_a", "pair__response_b")
        .filter(annotator=annotator, campaign=campaign, expires_at__gt=now)
        .order_by("created_at")
        .first()
    )
    if held:
        held.pair.campaign = campaign
        return Assignment(held.pair, held.a_on_left, held.expires_at)
    with transaction.atomic():
        # Her leases here have all expired: drop them so they free their slots for good.
        Lease.objects.filter(annotator=annotator, campaign=campaign).delete()
        pair = None
        if campaign.gold_rate and rng.random() < campaign.gold_rate:
            pair = _lock_gold_candidate(annotator, campaign)
        if pair is None:
            pair = _lock_open_candidate(annotator, campaign, now)
        if pair is None:
            return None
        pair.campaign = campaign
        lease = Lease.objects.create(
            pair=pair,
            annotator=annotator,
            campaign=campaign,
            a_on_left=rng.random() < 0.5,
            expires_at=now + timedelta(minutes=campaign.lease_minutes),
        )
    return Assignment(pair, lease.a_on_left, lease.expires_at)


def live_lease_count(now: datetime) -> Subquery:
    leases = Lease.objects.filter(pair=OuterRef("pk"), expires_at__gt=now).order_by().values("pair").annotate(n=Count("id")).values("n")
    return Coalesce(Subquery(leases), 0)


def _untouched_by(annotator: User, campaign: Campaign):
    """Pending pairs of the campaign that this annotator has neither judged nor skipped."""
    return (
        Pair.objects.filter(campaign=campaign, state=PairState.PENDING)
        .filter(~Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=annotator)))
        .filter(~Exists(Skip.objects.filter(pair=OuterRef("pk"), annotator=annotator)))
        .select_related("prompt", "response_a", "response_b")
        .select_for_update(skip_locked=True, of=("self",))
    )


def _lock_open_candidate(annotator: User, campaign: Campaign, now: datetime) -> Pair | None:
    needed = campaign.annotations_per_pair
    candidates = (
        _untouched_by(annotator, campaign)
        .filter(is_gold=False)
        .annotate(leased=live_lease_count(now))
        .filter(annotation_count__lt=needed - F("leased"))
        # Pairs already begun first, then higher priority, then oldest.
        .order_by("-annotation_count", "-priority", "id")
    )
    for _ in range(MAX_ATTEMPTS):
        pair = candidates.first()
        if pair is None:
            return None
        # The row is locked now; a fresh statement sees every lease committed before we got it.
        leased = Lease.objects.filter(pair=pair, expires_at__gt=now).count()
        if pair.annotation_count + leased < needed:
            return pair
        candidates = candidates.exclude(pk=pair.pk)
    return None


def _lock_gold_candidate(annotator: User, campaign: Campaign) -> Pair | None:
    """Gold pairs are judged by every annotator once, so they have no slot limit."""
    return _untouched_by(annotator, campaign).filter(is_gold=True).order_by("id").first()


@transaction.atomic
def skip_pair(*, annotator: User, pair_id: int, reason: str) -> Skip:
    """Release her lease; the pair is not offered to her again. Repeating a skip changes nothing."""
    reason = (reason or "").strip()
    if not reason:
        raise Conflict("say why you skip this pair (reason)")
    pair = Pair.objects.filter(pk=pair_id).first()
    if pair is None:
        raise NotFound(f"pair {pair_id} does not exist")
    if Annotation.objects.filter(pair=pair, annotator=annotator).exists():
        raise Conflict("you have already judged this pair; revise your annotation instead of skipping it")
    Lease.objects.filter(pair=pair, annotator=annotator).delete()
    skip, _ = Skip.objects.get_or_create(pair=pair, annotator=annotator, defaults={"reason": reason[:500]})
    return skip
