"""Handing out pairs to annotators with leases (PROTOCOL §5).

Safe under concurrency on PostgreSQL: a candidate pair is locked with `FOR UPDATE SKIP LOCKED`,
and its free slots are counted again by a fresh statement once the lock is held. Every lease is
created under that lock, so two annotators can never both take a pair's last slot. On SQLite,
which serialises writers, the same code is correct without row locks.

Only active campaigns are served, and only to their members (admins may judge anywhere): the
membership is read once per `next`, before any lock, so it adds no contention.

A ranking item (PROTOCOL §10) is leased like a pair; its candidates are shown in a random order
recorded on the lease (`Lease.display_order`), so a reload shows them the same way and the
annotation keeps what she saw.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext

from annotation.deid import scrub
from annotation.errors import Conflict, Forbidden, NotFound
from annotation.models import Annotation, Campaign, CampaignKind, Candidate, Lease, Pair, PairState, Skip, User
from annotation.selectors.pairs import candidates_in_order
from annotation.services.lifecycle import ensure_not_closed, ensure_serving
from annotation.services.membership import is_member
from medpref.core.roles import is_admin

# A candidate can lose its last slot between the search and the lock; try a few more then.
MAX_ATTEMPTS = 5
MAX_SKIP_REASON_CHARS = Skip._meta.get_field("reason").max_length


@dataclass(frozen=True)
class Assignment:
    pair: Pair
    a_on_left: bool
    lease_expires_at: datetime
    # Ranking items: the candidate positions in the order she is shown, and the candidates by position.
    display_order: tuple[int, ...] = ()
    candidates: tuple[Candidate, ...] = ()

    @property
    def kind(self) -> str:
        return self.pair.campaign.kind

    def responses_in_display_order(self) -> list[dict]:
        a = {"key": "a", "text": self.pair.response_a.text}
        b = {"key": "b", "text": self.pair.response_b.text}
        return [a, b] if self.a_on_left else [b, a]

    def candidates_in_display_order(self) -> list[dict]:
        """[{position, text}] as she is shown them (empty for pairs)."""
        return candidates_in_order(self.candidates, self.display_order)


def is_ranking(campaign: Campaign) -> bool:
    return campaign.kind == CampaignKind.RANKINGS


def candidates_of(pair: Pair) -> tuple[Candidate, ...]:
    """A ranking item's candidates by position, with their texts, in one query."""
    return tuple(Candidate.objects.filter(pair=pair).select_related("response").order_by("position"))


def a_shown_first(display_order) -> bool:
    """Whether candidate A (position 0) was shown before B (1): the `a_on_left` of a ranking item."""
    shown = list(display_order)
    return 0 not in shown or 1 not in shown or shown.index(0) < shown.index(1)


def random_order(count: int, rng) -> list[int]:
    """A random order of `count` candidate positions (PROTOCOL §10: shown in a recorded random order)."""
    order = list(range(count))
    rng.shuffle(order)
    return order


def next_pair_for(
    *, annotator: User, campaign: Campaign, now: datetime | None = None, rng: random.Random | None = None
) -> Assignment | None:
    """The pair this annotator should judge next, or None when nothing is left for her.

    A live lease is answered with the same pair again, so a reload never skips work.
    """
    now = now or timezone.now()
    rng = rng or random
    ensure_serving(campaign)
    if not is_admin(annotator) and not is_member(annotator, campaign):
        raise Forbidden(
            gettext("you are not a member of campaign '%(name)s'; an admin adds you") % {"name": campaign.name}
        )
    held = (
        Lease.objects.select_related("pair__prompt", "pair__response_a", "pair__response_b")
        .filter(annotator=annotator, campaign=campaign)
        .order_by("-expires_at")
        .first()
    )
    if held and held.expires_at > now:
        held.pair.campaign = campaign
        if is_ranking(campaign):
            return Assignment(
                held.pair, held.a_on_left, held.expires_at, tuple(held.display_order), candidates_of(held.pair)
            )
        return Assignment(held.pair, held.a_on_left, held.expires_at)
    with transaction.atomic():
        if held:
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
        candidates: tuple[Candidate, ...] = ()
        display_order: list[int] = []
        if is_ranking(campaign):
            candidates = candidates_of(pair)
            display_order = [candidates[p].position for p in random_order(len(candidates), rng)]
            # For position-bias reports: whether candidate A was shown before candidate B.
            a_on_left = a_shown_first(display_order)
        else:
            a_on_left = balanced_side(pair, now, rng)
        lease = Lease.objects.create(
            pair=pair,
            annotator=annotator,
            campaign=campaign,
            a_on_left=a_on_left,
            display_order=display_order,
            expires_at=now + timedelta(minutes=campaign.lease_minutes),
        )
    return Assignment(pair, lease.a_on_left, lease.expires_at, tuple(display_order), candidates)


def _untouched_by(annotator: User, campaign: Campaign):
    """Pending pairs of the campaign that this annotator has neither judged nor skipped."""
    return (
        Pair.objects.filter(campaign=campaign, state=PairState.PENDING)
        .filter(~Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=annotator)))
        .filter(~Exists(Skip.objects.filter(pair=OuterRef("pk"), annotator=annotator)))
        .select_related("prompt", "response_a", "response_b")
        .select_for_update(skip_locked=True, of=("self",))
    )


# The hot query of `next`, in SQL: compiling it through the ORM cost more than running it.
# Pending, non-gold pairs she has not judged or skipped, with a free slot counting live leases,
# begun pairs first, then priority, then oldest (the order of index pair_assignment_idx).
OPEN_CANDIDATE_SQL = """
SELECT p.id FROM {pair} p
WHERE p.campaign_id = %(campaign)s AND p.state = %(pending)s AND p.is_gold = %(gold)s
  AND NOT EXISTS (SELECT 1 FROM {annotation} a WHERE a.pair_id = p.id AND a.annotator_id = %(user)s)
  AND NOT EXISTS (SELECT 1 FROM {skip} s WHERE s.pair_id = p.id AND s.annotator_id = %(user)s)
  AND p.annotation_count + (SELECT COUNT(*) FROM {lease} l WHERE l.pair_id = p.id AND l.expires_at > %(now)s) < %(needed)s
  {exclude}
ORDER BY p.annotation_count DESC, p.priority DESC, p.id ASC
LIMIT 1 {lock}
"""
LIVE_LEASES_SQL = "SELECT COUNT(*) FROM {lease} WHERE pair_id = %s AND expires_at > %s"


def _tables() -> dict[str, str]:
    return {
        "pair": Pair._meta.db_table,
        "annotation": Annotation._meta.db_table,
        "skip": Skip._meta.db_table,
        "lease": Lease._meta.db_table,
    }


def _lock_open_candidate(annotator: User, campaign: Campaign, now: datetime) -> Pair | None:
    needed = campaign.annotations_per_pair
    lock = "FOR UPDATE OF p SKIP LOCKED" if connection.features.has_select_for_update_skip_locked else ""
    db_now = connection.ops.adapt_datetimefield_value(now)
    params = {
        "campaign": campaign.pk,
        "pending": PairState.PENDING,
        "gold": False,
        "user": annotator.pk,
        "now": db_now,
        "needed": needed,
    }
    passed: list[int] = []
    with connection.cursor() as cursor:
        for _ in range(MAX_ATTEMPTS):
            exclude = f"AND p.id NOT IN ({', '.join(str(pk) for pk in passed)})" if passed else ""
            cursor.execute(OPEN_CANDIDATE_SQL.format(**_tables(), exclude=exclude, lock=lock), params)
            row = cursor.fetchone()
            if row is None:
                return None
            # The row is locked now; a fresh statement sees every lease committed before we got it.
            cursor.execute(LIVE_LEASES_SQL.format(**_tables()), [row[0], db_now])
            leased = cursor.fetchone()[0]
            pair = Pair.objects.select_related("prompt", "response_a", "response_b").get(pk=row[0])
            if pair.annotation_count + leased < needed:
                return pair
            passed.append(pair.pk)
    return None


# How often this pair's A answer was shown on the left and on the right: submitted annotations and
# live leases of other annotators, in one statement (it runs on every fresh `next`).
SIDES_SQL = """
SELECT COALESCE(SUM(CASE WHEN shown THEN 1 ELSE 0 END), 0), COUNT(*) FROM (
  SELECT a_on_left AS shown FROM {annotation} WHERE pair_id = %(pair)s AND a_on_left IS NOT NULL
  UNION ALL
  SELECT a_on_left AS shown FROM {lease} WHERE pair_id = %(pair)s AND expires_at > %(now)s
) AS sides
"""


def balanced_side(pair: Pair, now: datetime, rng) -> bool:
    """Whether A goes on the left for the next annotator of this pair: the side it was shown on less
    often so far, a coin flip when even. Each pair is then seen equally often both ways (to within
    one), so a judge's taste for the left answer cannot favour either model (PROTOCOL §2)."""
    with connection.cursor() as cursor:
        cursor.execute(
            SIDES_SQL.format(**_tables()), {"pair": pair.pk, "now": connection.ops.adapt_datetimefield_value(now)}
        )
        left, shown = cursor.fetchone()
    right = shown - left
    return rng.random() < 0.5 if left == right else left < right


def _lock_gold_candidate(annotator: User, campaign: Campaign) -> Pair | None:
    """Gold pairs are judged by every annotator once, so they have no slot limit."""
    return _untouched_by(annotator, campaign).filter(is_gold=True).order_by("id").first()


def in_her_campaign(pair: Pair, annotator: User) -> bool:
    """Admins may score any pair; others only in campaigns they are members of. Removed from the
    campaign (or never in it), she may not revise her earlier annotation or skip either."""
    return is_admin(annotator) or is_member(annotator, pair.campaign)


def not_handed_to_you(pair_id: int) -> NotFound:
    """The one answer for a pair she may not score or skip, whether it exists or not."""
    return NotFound(gettext("pair %(id)s was not handed to you; ask for the next pair") % {"id": pair_id})


@transaction.atomic
def skip_pair(*, annotator: User, pair_id: int, reason: str) -> Skip:
    """Release her lease; the pair is not offered to her again. Repeating a skip changes nothing.

    The reason is free text that admins see and export, so it is stored de-identified, as a rationale is."""
    reason = (reason or "").strip()
    if not reason:
        raise Conflict(gettext("say why you skip this pair (reason)"))
    pair = Pair.objects.select_related("campaign").filter(pk=pair_id).first()
    # The same words whether it exists or not, as for a submission: a pair not handed to her tells
    # her nothing about itself.
    if pair is None or not in_her_campaign(pair, annotator):
        raise not_handed_to_you(pair_id)
    ensure_not_closed(pair.campaign, gettext("skips"))
    if Annotation.objects.filter(pair=pair, annotator=annotator).exists():
        raise Conflict(gettext("you have already judged this pair; revise your annotation instead of skipping it"))
    Lease.objects.filter(pair=pair, annotator=annotator).delete()
    reason = scrub(reason[:MAX_SKIP_REASON_CHARS]).text[:MAX_SKIP_REASON_CHARS]
    skip, _ = Skip.objects.get_or_create(pair=pair, annotator=annotator, defaults={"reason": reason})
    return skip
