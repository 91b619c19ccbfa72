"""Campaign reports: progress, agreement and quality (PROTOCOL §6). Reads only."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, time

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils import timezone

from annotation import rules, stats
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, Lease, Pair, PairState, Skip, User
from annotation.selectors.visibility import DISPUTE_STATES, sees_campaign_counts
from medpref.core.roles import is_expert


def start_of_today(now: datetime) -> datetime:
    return datetime.combine(timezone.localdate(now), time.min, tzinfo=timezone.get_current_timezone())


def progress(campaign: Campaign, *, user: User, now: datetime | None = None) -> dict:
    """How far the campaign is, and how far she is in it.

    Her own counts treat gold pairs like the others (a gold pair she judged leaves "left" as any
    pair does); campaign-wide counts, which gold pairs never move, are for experts and admins.
    A few grouped queries whatever the size: the pairs by gold and state (with their annotation
    counts, for the slots left), the pairs left for her, and the annotations by annotator (with
    today's), which also give her own counts and the annotator table.
    """
    now = now or timezone.now()
    today = start_of_today(now)
    needed = campaign.annotations_per_pair
    by_state = {
        (is_gold, state): (n, filled)
        for is_gold, state, n, filled in Pair.objects.filter(campaign=campaign)
        .values_list("is_gold", "state")
        .annotate(n=Count("id"), filled=Sum("annotation_count"))
        .order_by()
    }
    states = Counter({state: n for (is_gold, state), (n, _) in by_state.items() if not is_gold})
    total = sum(states.values())
    annotations = Annotation.objects.filter(pair__campaign=campaign)
    left_for_me = (
        Pair.objects.filter(campaign=campaign, state=PairState.PENDING)
        .filter(~Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=user)))
        .filter(~Exists(Skip.objects.filter(pair=OuterRef("pk"), annotator=user)))
        .count()
    )
    done = percent_complete(total, states.get(PairState.PENDING, 0))
    counted = Count("id"), Count("id", filter=Q(created_at__gte=today))
    if not sees_campaign_counts(user):
        mine = annotations.filter(annotator=user).aggregate(total=counted[0], today=counted[1])
        mine_counts = {"annotations": mine["total"], "today": mine["today"], "left": left_for_me}
        return {"campaign": campaign.pk, "pairs": total, "percent_complete": done, "mine": mine_counts}
    per_annotator = list(
        annotations.values("annotator_id", "annotator__username")
        .annotate(total=counted[0], today=counted[1])
        .order_by("annotator__username")
    )
    own = next((row for row in per_annotator if row["annotator_id"] == user.pk), {"total": 0, "today": 0})
    pending, filled = by_state.get((False, PairState.PENDING), (0, 0))
    report = {
        "campaign": campaign.pk,
        "pairs": total,
        "gold_pairs": sum(n for (is_gold, _), (n, _) in by_state.items() if is_gold),
        "states": {state: states.get(state, 0) for state in PairState.values},
        "resolved": states.get(PairState.CONSENSUS, 0) + states.get(PairState.ARBITRATED, 0),
        "annotations": sum(row["total"] for row in per_annotator),
        "annotations_today": sum(row["today"] for row in per_annotator),
        "annotations_left": needed * pending - (filled or 0),
        "live_leases": Lease.objects.filter(campaign=campaign, expires_at__gt=now).count(),
        "percent_complete": done,
        "mine": {"annotations": own["total"], "today": own["today"], "left": left_for_me},
    }
    if is_expert(user):
        report["annotators"] = [
            {"username": row["annotator__username"], "annotations": row["total"], "today": row["today"]}
            for row in per_annotator
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


ANNOTATION_FIELDS = (
    "pair_id",
    "annotator__username",
    "preference",
    "a_on_left",
    "seconds_spent",
    "settings",
    "pair__is_gold",
    "pair__gold_answer",
    "pair__state",
    "created_at",
    *(f"{key}_{dimension}" for key in ("a", "b") for dimension in rules.DIMENSIONS),
)


REPORT_MAX_AGE = 300  # seconds a cached agreement report is served before it is computed again


def latest_agreement_report(campaign: Campaign, *, refresh: bool = False) -> dict:
    """The agreement report as computed at most REPORT_MAX_AGE seconds ago (its `computed_at` says when).

    The report reads every annotation of the campaign: a fraction of a second at 10,000 pairs,
    far more at a million (bench/scale.py), so pages and the API serve the last one computed and
    anyone may ask for a fresh one (`refresh`). The key has the campaign's creation time, so a
    campaign of another database with the same id never reads this one's report.
    """
    key = f"agreement-report:{campaign.pk}:{campaign.created_at.timestamp()}"
    report = None if refresh else cache.get(key)
    if report is None:
        report = agreement_report(campaign)
        cache.set(key, report, REPORT_MAX_AGE)
    return report


def agreement_report(campaign: Campaign) -> dict:
    """Agreement per dimension and per annotator, disputes, arbitration outcomes, gold, bias, time.

    Computed now; `computed_at` is when (the cached `latest_agreement_report` serves it for a while).
    """
    computed_at = timezone.now()
    rows = list(Annotation.objects.filter(pair__campaign=campaign).values(*ANNOTATION_FIELDS).order_by("id"))
    judged = [row for row in rows if not row["pair__is_gold"]]
    preferences = units(judged, lambda row: row["preference"])
    report = {
        "campaign": campaign.pk,
        "computed_at": computed_at.isoformat(),
        "annotations": len(rows),
        "pairs_annotated": len(preferences),
        "overall": label_agreement(preferences),
        "dimensions": {
            dimension: dimension_agreement(judged, dimension, campaign.margin) for dimension in rules.DIMENSIONS
        },
        "annotator_pairs": [
            {"annotators": list(raters), **values}
            for raters, values in sorted(
                stats.pairwise_cohen(preferences).items(), key=lambda kv: tuple(map(str, kv[0]))
            )
        ],
        **dispute_summary(campaign),
    }
    sided_with, arbitration_outcomes = arbitration_summary(campaign, preferences)
    report["arbitration"] = arbitration_outcomes
    report["position_bias"] = position_bias(rows)
    seconds = [row["seconds_spent"] for row in rows if row["seconds_spent"] is not None]
    report["median_seconds_per_pair"] = stats.median(seconds)
    report["seconds_histogram"] = histogram(seconds)
    report["timeline"] = dispute_timeline(judged)
    report["annotators"] = annotator_table(rows, preferences, sided_with)
    return report


def dispute_timeline(rows: list[dict]) -> list[dict]:
    """Per day on which pairs closed (their last annotation): how many closed, and the share disputed."""
    closed_at: dict[int, tuple] = {}
    for row in rows:
        if row["pair__state"] != PairState.PENDING:
            previous = closed_at.get(row["pair_id"])
            if previous is None or row["created_at"] > previous[0]:
                closed_at[row["pair_id"]] = (row["created_at"], row["pair__state"])
    days: dict[str, Counter] = defaultdict(Counter)
    for moment, state in closed_at.values():
        day = timezone.localdate(moment).isoformat()
        days[day]["closed"] += 1
        days[day]["disputed"] += state in DISPUTE_STATES
    return [
        {
            "date": day,
            "closed": c["closed"],
            "disputed": c["disputed"],
            "dispute_rate": rounded(c["disputed"] / c["closed"]),
        }
        for day, c in sorted(days.items())
    ]


def histogram(values: list[float], bins: int = 10) -> dict:
    """Equal-width bins from 0 to the largest value: edges and counts."""
    if not values:
        return {"edges": [], "counts": []}
    top = max(values) or 1.0
    width = top / bins
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, int(value / width))] += 1
    return {"edges": [round(i * width, 1) for i in range(bins + 1)], "counts": counts}


def units(rows: list[dict], value) -> dict:
    result: dict = defaultdict(dict)
    for row in rows:
        result[row["pair_id"]][row["annotator__username"]] = value(row)
    return dict(result)


def label_agreement(labels: dict) -> dict:
    pairwise = stats.pairwise_cohen(labels)
    kappas = [v["kappa"] for v in pairwise.values() if v["kappa"] is not None]
    return {
        "items": sum(1 for ratings in labels.values() if len(ratings) >= 2),
        "percent_agreement": rounded(stats.percent_agreement(labels)),
        "cohen_kappa_mean": rounded(sum(kappas) / len(kappas)) if kappas else None,
        "fleiss_kappa": rounded(stats.fleiss_kappa(labels, list(rules.PREFERENCES))),
    }


def dimension_agreement(rows: list[dict], dimension: str, margin: int) -> dict:
    """Agreement on which response this dimension alone prefers, and alpha on its raw scores."""
    labels = units(
        rows,
        lambda row: rules.compare_dimension(
            row[f"a_{dimension}"], row[f"b_{dimension}"], margin=row["settings"].get("margin", margin)
        ),
    )
    scores: dict = defaultdict(dict)
    for row in rows:
        for key in ("a", "b"):
            scores[(row["pair_id"], key)][row["annotator__username"]] = row[f"{key}_{dimension}"]
    return {**label_agreement(labels), "krippendorff_alpha": rounded(stats.krippendorff_alpha(scores, "ordinal"))}


def dispute_summary(campaign: Campaign) -> dict:
    # Identical answers auto-resolved as ties were never judged: they say nothing about agreement.
    states = dict(
        Pair.objects.filter(campaign=campaign, is_gold=False)
        .exclude(meta__has_key=AUTO_TIE)
        .values_list("state")
        .annotate(n=Count("id"))
        .order_by()
    )
    disputed = sum(states.get(state, 0) for state in DISPUTE_STATES)
    closed = disputed + states.get(PairState.CONSENSUS, 0)
    return {
        "closed_pairs": closed,
        "disputed_pairs": disputed,
        "dispute_rate": rounded(disputed / closed) if closed else None,
    }


def arbitration_summary(campaign: Campaign, preferences: dict) -> tuple[dict, dict]:
    """Which annotators the experts sided with, and how disputes ended (latest decision per pair)."""
    latest: dict[int, str] = {}
    for pair_id, decision in (
        Arbitration.objects.filter(pair__campaign=campaign)
        .order_by("created_at", "id")
        .values_list("pair_id", "decision")
    ):
        latest[pair_id] = decision
    sided_with: dict[str, Counter] = defaultdict(Counter)
    for pair_id, decision in latest.items():
        for annotator, preference in preferences.get(pair_id, {}).items():
            sided_with[annotator]["total"] += 1
            sided_with[annotator]["agreed"] += preference == decision
    outcomes = Counter(latest.values())
    return sided_with, {
        "arbitrated_pairs": len(latest),
        "outcomes": {decision: outcomes.get(decision, 0) for decision in ("a", "b", "tie", "exclude")},
    }


def position_bias(rows: list[dict]) -> dict:
    """Share of non-tie preferences for the response shown on the left (0.5 means no bias)."""
    choices = [left_choice(row) for row in rows]
    known = [choice for choice in choices if choice is not None]
    return {"n": len(known), "left_share": rounded(sum(known) / len(known)) if known else None}


def left_choice(row: dict) -> bool | None:
    if row["a_on_left"] is None or row["preference"] == "tie":
        return None
    return (row["preference"] == "a") == row["a_on_left"]


def annotator_table(rows: list[dict], preferences: dict, sided_with: dict) -> list[dict]:
    by_annotator: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_annotator[row["annotator__username"]].append(row)
    table = []
    for username, own in sorted(by_annotator.items()):
        pairs_with_others = [
            (ratings[username], other)
            for ratings in preferences.values()
            if username in ratings
            for name, other in ratings.items()
            if name != username
        ]
        gold = [row for row in own if row["pair__is_gold"]]
        expert = sided_with.get(username, Counter())
        table.append(
            {
                "username": username,
                "annotations": len(own),
                "shared_items": len(pairs_with_others),
                "percent_agreement": rounded(sum(x == y for x, y in pairs_with_others) / len(pairs_with_others))
                if pairs_with_others
                else None,
                "cohen_kappa": rounded(
                    stats.cohen_kappa([x for x, _ in pairs_with_others], [y for _, y in pairs_with_others])
                )
                if pairs_with_others
                else None,
                "expert_agreement": rounded(expert["agreed"] / expert["total"]) if expert["total"] else None,
                "arbitrated_items": expert["total"],
                "gold_items": len(gold),
                "gold_accuracy": rounded(sum(row["preference"] == row["pair__gold_answer"] for row in gold) / len(gold))
                if gold
                else None,
                "position_bias": position_bias(own),
                "median_seconds": stats.median(
                    [row["seconds_spent"] for row in own if row["seconds_spent"] is not None]
                ),
            }
        )
    return table


def rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)
