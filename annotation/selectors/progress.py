"""Campaign progress: how far a campaign is, and how far she is in it (PROTOCOL §6). Reads only."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time

from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils import timezone

from annotation.models import Annotation, Campaign, Lease, Pair, PairState, Skip, User
from annotation.selectors.visibility import sees_campaign_counts
from medpref.core.roles import is_expert


def start_of_today(now: datetime) -> datetime:
    return datetime.combine(timezone.localdate(now), time.min, tzinfo=timezone.get_current_timezone())


def progress(campaign: Campaign, *, user: User, now: datetime | None = None) -> dict:
    """How far the campaign is, and how far she is in it.

    Her own counts treat gold pairs like the others (a gold pair she judged leaves "left" as any
    pair does); campaign-wide counts, which gold pairs never move, are for experts and admins.
    A few grouped queries whatever the size, each answered from an index without reading the
    rows (index-only scans, once autovacuum has seen the table): the pairs by state; the few
    pairs that are gold or begun (pending with annotations), with the slots filled and whether
    she judged them; her skips; the annotations by annotator (the campaign column's index) and
    today's (migration 0013's index on the campaign and the time). A campaign of a million pairs
    answers in tens of milliseconds (bench/scale.py).
    """
    now = now or timezone.now()
    today = start_of_today(now)
    needed = campaign.annotations_per_pair
    pairs = Pair.objects.filter(campaign=campaign)
    all_states = dict(pairs.values_list("state").annotate(n=Count("*")).order_by())
    mine_exists = Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=user))
    # Gold pairs, and pending pairs already begun: the assignment index's ranges (state, gold, count > 0).
    few = {
        (is_gold, state): (n, filled, judged_by_me)
        for is_gold, state, n, filled, judged_by_me in pairs.filter(
            Q(is_gold=True, state__in=PairState.values)
            | Q(state=PairState.PENDING, is_gold__in=[False, True], annotation_count__gt=0)
        )
        .values_list("is_gold", "state")
        .annotate(n=Count("*"), filled=Sum("annotation_count"), judged_by_me=Count("id", filter=mine_exists))
        .order_by()
    }
    gold = Counter({state: n for (is_gold, state), (n, _, _) in few.items() if is_gold})
    states = Counter({state: n - gold[state] for state, n in all_states.items()})
    total = sum(states.values())
    pending_judged_by_me = sum(mine for (_, state), (_, _, mine) in few.items() if state == PairState.PENDING)
    pending_skipped_by_me = (
        Skip.objects.filter(annotator=user, pair__campaign=campaign, pair__state=PairState.PENDING)
        .exclude(Exists(Annotation.objects.filter(pair=OuterRef("pair_id"), annotator=user)))
        .count()
    )
    left_for_me = all_states.get(PairState.PENDING, 0) - pending_judged_by_me - pending_skipped_by_me
    done = percent_complete(total, states.get(PairState.PENDING, 0))
    annotations = Annotation.objects.filter(campaign=campaign)
    if not sees_campaign_counts(user):
        mine = annotations.filter(annotator=user)
        mine_counts = {
            "annotations": mine.count(),
            "today": mine.filter(created_at__gte=today).count(),
            "left": left_for_me,
        }
        return {"campaign": campaign.pk, "pairs": total, "percent_complete": done, "mine": mine_counts}
    totals = dict(annotations.values_list("annotator_id").annotate(n=Count("*")).order_by())
    todays = dict(
        annotations.filter(created_at__gte=today).values_list("annotator_id").annotate(n=Count("*")).order_by()
    )
    _, filled, _ = few.get((False, PairState.PENDING), (0, 0, 0))
    report = {
        "campaign": campaign.pk,
        "pairs": total,
        "gold_pairs": sum(gold.values()),
        "states": {state: states.get(state, 0) for state in PairState.values},
        "resolved": states.get(PairState.CONSENSUS, 0) + states.get(PairState.ARBITRATED, 0),
        "annotations": sum(totals.values()),
        "annotations_today": sum(todays.values()),
        "annotations_left": needed * states.get(PairState.PENDING, 0) - (filled or 0),
        "live_leases": Lease.objects.filter(campaign=campaign, expires_at__gt=now).count(),
        "percent_complete": done,
        "mine": {"annotations": totals.get(user.pk, 0), "today": todays.get(user.pk, 0), "left": left_for_me},
    }
    if is_expert(user):
        names = User.objects.filter(pk__in=list(totals)).order_by("username").values_list("pk", "username")
        report["annotators"] = [
            {"username": username, "annotations": totals[pk], "today": todays.get(pk, 0)} for pk, username in names
        ]
    return report


def percent_complete(pairs: int, pending: int) -> float:
    """Share of a campaign's pairs (gold pairs aside) that have left `pending`."""
    return round(100 * (pairs - pending) / pairs, 1) if pairs else 0.0


def campaigns_overview() -> list[dict]:
    """Every campaign with how far it is and its disputes, in one query (the console's list)."""
    campaigns = Campaign.objects.annotate(
        pair_total=Count("pairs", filter=Q(pairs__is_gold=False)),
        pending=Count("pairs", filter=Q(pairs__state=PairState.PENDING, pairs__is_gold=False)),
        disputed=Count("pairs", filter=Q(pairs__state=PairState.DISPUTED)),
    ).order_by("name")
    return [
        {"campaign": campaign, "done": percent_complete(campaign.pair_total, campaign.pending)}
        for campaign in campaigns
    ]
