"""Campaign progress: how far a campaign is, and how far she is in it (PROTOCOL §6). Reads only.

The campaign-wide counts read every index entry of the campaign: the pairs by state and the
annotations by annotator (about 0.3 s at a million pairs). A large campaign's are therefore
counted at most every COUNTS_FRESH seconds, kept in the cache with `counted_at`,
and recounted by a worker while the last ones are served (stale while revalidating; the request
counts them itself when none are kept, when the worker cannot be asked, or when they are older
than COUNTS_TOO_OLD). Her own figures stay exact: "left" is counted now (its cost grows with the
pairs still pending, not with the campaign), and every annotation count is the snapshot's, up to
a `cutoff` a minute before it was taken, plus the annotations made since (a range of the index on
the campaign and the time). A small campaign is counted in every request, as before.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, Sum, Value
from django.utils import timezone

from annotation.models import Annotation, Campaign, Lease, Pair, PairState, Skip, User
from annotation.selectors.visibility import sees_campaign_counts
from medpref.core import refresh
from medpref.core.roles import is_expert

COUNTS_FRESH = 30  # seconds a large campaign's counts are served before a worker counts again
COUNTS_TOO_OLD = 300  # older than this (no worker came), the request counts them itself
COUNTS_KEEP = 3600  # how long the cache keeps a campaign's counts
RECOUNT_ASKED_SECONDS = 120  # a recount asked of a worker that has not ended after this may be asked again
LIVE_LIMIT = 50_000  # pairs and annotations: up to this many, every request counts (a few milliseconds)
# An annotation is stamped in Python before its transaction commits: one stamped before a snapshot
# but committed after it would be missed by both the snapshot and the live part, unless the
# snapshot stops this long before it was taken (the live part re-reads the last minute).
CUTOFF_MARGIN = timedelta(seconds=60)
TASK_NAME = "annotation.count_progress"


def start_of_today(now: datetime) -> datetime:
    return datetime.combine(timezone.localdate(now), time.min, tzinfo=timezone.get_current_timezone())


def progress(campaign: Campaign, *, user: User, now: datetime | None = None) -> dict:
    """How far the campaign is (as of `counted_at`), and how far she is in it (now).

    Her own counts treat gold pairs like the others (a gold pair she judged leaves "left" as any
    pair does); campaign-wide counts, which gold pairs never move, are for experts and admins.
    """
    now = now or timezone.now()
    return served(campaign, campaign_counts(campaign, now=now), user=user, now=now)


# --- the campaign-wide counts: one snapshot, kept for a large campaign ------------------------------


def count_campaign(campaign: Campaign, *, now: datetime) -> dict:
    """Every campaign-wide count; the annotations by annotator up to `cutoff`, a minute before `now`.

    Index-only reads whatever the size: the pairs by state (`pair_state_idx`), the gold or begun
    pairs (the assignment index's ranges) with the slots filled, and the annotations by annotator
    in one statement (one snapshot): all of them (the campaign column's index), today's and those
    after the cutoff (ranges of migration 0013's index on the campaign and the time).
    """
    cutoff = now - CUTOFF_MARGIN
    day = start_of_today(cutoff)  # at or before the cutoff: what came after it came today
    pairs = Pair.objects.filter(campaign=campaign)
    by_state = dict(pairs.values_list("state").annotate(n=Count("*")).order_by())
    few = list(
        pairs.filter(
            Q(is_gold=True, state__in=PairState.values)
            | Q(state=PairState.PENDING, is_gold__in=[False, True], annotation_count__gt=0)
        )
        .values_list("is_gold", "state")
        .annotate(n=Count("*"), filled=Sum("annotation_count"))
        .order_by()
    )
    annotations = Annotation.objects.filter(campaign=campaign).order_by()
    kinds = {
        "all": annotations,
        "today": annotations.filter(created_at__gte=day),
        "after": annotations.filter(created_at__gt=cutoff),
    }
    grouped = [
        found.values("annotator_id").annotate(n=Count("*"), kind=Value(kind)).values_list("kind", "annotator_id", "n")
        for kind, found in kinds.items()
    ]
    counted = {kind: Counter() for kind in kinds}
    for kind, pk, n in grouped[0].union(*grouped[1:], all=True):
        counted[kind][pk] += n
    totals, todays = counted["all"] - counted["after"], counted["today"] - counted["after"]
    gold = Counter({state: n for is_gold, state, n, _ in few if is_gold})
    filled = sum(filled or 0 for is_gold, state, _, filled in few if not is_gold and state == PairState.PENDING)
    return {
        "counted_at": now.isoformat(),
        "cutoff": cutoff.isoformat(),
        "day": day.isoformat(),
        "states": {state: by_state.get(state, 0) - gold[state] for state in PairState.values},
        "gold_pairs": sum(gold.values()),
        "filled": filled,
        # JSON-shaped (string keys) so that a cache of any serializer keeps it as it is.
        "annotators": {str(pk): [n, todays[pk]] for pk, n in totals.items()},
        "size": sum(by_state.values()) + sum(totals.values()),
    }


def counts_key(campaign: Campaign) -> str:
    return refresh.key("progress-counts", campaign)


def recount_key(campaign: Campaign) -> str:
    return f"{counts_key(campaign)}:recounting"


def campaign_counts(campaign: Campaign, *, now: datetime) -> dict:
    """The campaign-wide counts to serve: the kept ones of a large campaign, else counted now.

    Kept counts at most COUNTS_FRESH old are served as they are; older ones while a worker counts
    again. None kept (a small campaign's never are), too old, the worker out of reach, or a `now`
    before them (a look at the past): counted now, and kept when the campaign is large.
    """
    kept = cache.get(counts_key(campaign))
    age = None if kept is None else (now - datetime.fromisoformat(kept["counted_at"])).total_seconds()
    if age is not None and 0 <= age <= COUNTS_FRESH:
        return kept
    if age is not None and 0 <= age <= COUNTS_TOO_OLD and ask_for_recount(campaign):
        return kept
    counts = count_campaign(campaign, now=now)
    if counts["size"] > LIVE_LIMIT and (age is None or age >= 0):
        cache.set(counts_key(campaign), counts, COUNTS_KEEP)
    return counts


def ask_for_recount(campaign: Campaign) -> bool:
    """Whether a worker is (now) counting the campaign again; False when it could not be asked."""
    try:
        refresh.ask_once(
            recount_key(campaign), lambda: refresh.send_task(TASK_NAME, campaign.pk), seconds=RECOUNT_ASKED_SECONDS
        )
    except Exception:  # noqa: BLE001 - broker out of reach: this request counts instead, the next one asks again
        return False
    return True


def recount(campaign_id: int) -> int | None:
    """The worker's side: count the campaign again and keep the counts; the pairs and annotations read."""
    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None:
        return None
    with refresh.answering(recount_key(campaign)):
        counts = count_campaign(campaign, now=timezone.now())
        cache.set(counts_key(campaign), counts, COUNTS_KEEP)
        return counts["size"]


# --- what a request adds: her own figures, exact now -------------------------------------------------


def served(campaign: Campaign, counts: dict, *, user: User, now: datetime) -> dict:
    """The response: campaign-wide pair counts as of `counted_at`, annotation counts and hers as of now."""
    today = start_of_today(now)
    totals, todays = annotation_counts(campaign, counts, today=today)
    states = counts["states"]
    total = sum(states.values())
    done = percent_complete(total, states[PairState.PENDING])
    mine = {"annotations": totals.get(user.pk, 0), "today": todays.get(user.pk, 0), "left": left_for(campaign, user)}
    if not sees_campaign_counts(user):
        return {
            "campaign": campaign.pk,
            "counted_at": counts["counted_at"],
            "pairs": total,
            "percent_complete": done,
            "mine": mine,
        }
    report = {
        "campaign": campaign.pk,
        "counted_at": counts["counted_at"],
        "pairs": total,
        "gold_pairs": counts["gold_pairs"],
        "states": dict(states),
        "resolved": states[PairState.CONSENSUS] + states[PairState.ARBITRATED],
        "annotations": sum(totals.values()),
        "annotations_today": sum(todays.values()),
        "annotations_left": campaign.annotations_per_pair * states[PairState.PENDING] - counts["filled"],
        "live_leases": Lease.objects.filter(campaign=campaign, expires_at__gt=now).count(),
        "percent_complete": done,
        "mine": mine,
    }
    if is_expert(user):
        names = User.objects.filter(pk__in=list(totals)).order_by("username").values_list("pk", "username")
        report["annotators"] = [
            {"username": username, "annotations": totals[pk], "today": todays.get(pk, 0)} for pk, username in names
        ]
    return report


def annotation_counts(campaign: Campaign, counts: dict, *, today: datetime) -> tuple[Counter, Counter]:
    """Annotations by annotator, all and today's, as of now: the snapshot's up to its cutoff, plus those made since."""
    cutoff = datetime.fromisoformat(counts["cutoff"])
    since = (
        Annotation.objects.filter(campaign=campaign, created_at__gt=cutoff)
        .values_list("annotator_id")
        .annotate(n=Count("*"), today=Count("created_at", filter=Q(created_at__gte=today)))
        .order_by()
    )
    # The snapshot's "today" is that of its cutoff's day: today's only if today began by then.
    same_day = datetime.fromisoformat(counts["day"]) == today
    totals = Counter({int(pk): n for pk, (n, _) in counts["annotators"].items()})
    todays = Counter({int(pk): n for pk, (_, n) in counts["annotators"].items() if same_day and n})
    for pk, n, n_today in since:
        totals[pk] += n
        todays[pk] += n_today
    return totals, todays


def left_for(campaign: Campaign, user: User) -> int:
    """Pending pairs she has neither judged nor skipped, counted now (she relies on it after each submission).

    The pending pairs (a range of `pair_state_idx`), less those among the few gold or begun ones she
    judged (a pending pair without annotations cannot be hers) and her skips of pending pairs.
    """
    mine = Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=user))
    # The gold-or-begun test comes first, so the subquery runs for those few pairs only.
    pending = Pair.objects.filter(campaign=campaign, state=PairState.PENDING).aggregate(
        n=Count("id"), judged=Count("id", filter=(Q(is_gold=True) | Q(annotation_count__gt=0)) & Q(mine))
    )
    skipped = (
        Skip.objects.filter(annotator=user, pair__campaign=campaign, pair__state=PairState.PENDING)
        .exclude(Exists(Annotation.objects.filter(pair=OuterRef("pair_id"), annotator=user)))
        .count()
    )
    return pending["n"] - pending["judged"] - skipped


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
