"""Campaign reports: progress, agreement and quality (PROTOCOL §6). Reads only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain, groupby
from operator import itemgetter

from django.db import connection, transaction
from django.db.models import Count, IntegerField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone

from annotation import rules, stats
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, CampaignKind, Pair, PairState
from annotation.selectors.ranking_report import RankingTally
from annotation.selectors.report_tally import (  # MAX_PATTERNS read here at each report: tests lower it
    MAX_PATTERNS,
    PAIR,
    LatestDecisions,
    ReportTally,
    bias,
    label_agreement,
    rounded,
)
from annotation.selectors.visibility import DISPUTE_STATES

REPORT_CHUNK = 5000  # annotations fetched at a time from the report's server-side cursor


def agreement_report(campaign: Campaign, *, chunk_size: int = REPORT_CHUNK) -> dict:
    """Agreement per dimension and per annotator, disputes, arbitration outcomes, gold, bias, time.

    Computed now (services.agreement serves the last one computed), in one pass over the campaign's
    annotations in pair order (a server-side cursor, `chunk_size` rows at a time) with the latest
    arbitration of each pair read in step, keeping counts only: memory does not grow with the
    campaign. Times come from counts of each distinct value, read in order. One consistent read
    (a transaction); `computed_at` is when.
    """
    computed_at = timezone.now()
    with consistent_read():
        tally = report_tally(campaign)
        annotations = (
            Annotation.objects.filter(campaign=campaign)
            .annotate(label_margin=Cast(KeyTextTransform("margin", "settings"), IntegerField()))
            .order_by("pair_id", "id")
            .values_list(*tally.columns)
            .iterator(chunk_size=chunk_size)
        )
        decisions = LatestDecisions(
            Arbitration.objects.filter(pair__campaign=campaign)
            .order_by("pair_id", "-created_at", "-id")
            .values_list(*tally.decision_columns)
            .iterator(chunk_size=chunk_size)
        )
        for pair_id, rows in groupby(annotations, key=itemgetter(PAIR)):
            tally.add_pair(tuple(rows), decisions.take(pair_id))
        decisions.finish()
        tally.flush()
        disputes = dispute_summary(campaign)
        timed = Annotation.objects.filter(campaign=campaign, seconds_spent__isnull=False)
        median_seconds, seconds_histogram = spread(
            timed.values_list("seconds_spent").annotate(n=Count("*")).order_by("-seconds_spent").iterator(),
            tally.timed,
        )
        own_medians = {
            username: spread(((value, n) for _, value, n in rows), tally.annotators[username].timed)[0]
            for username, rows in groupby(
                timed.values_list("annotator__username", "seconds_spent")
                .annotate(n=Count("*"))
                .order_by("annotator__username", "-seconds_spent")
                .iterator(),
                key=itemgetter(0),
            )
        }
    report = {
        "campaign": campaign.pk,
        "computed_at": computed_at.isoformat(),
        "annotations": tally.annotations,
        "pairs_annotated": tally.pairs_annotated,
        "overall": label_agreement(tally.preferences),
        "dimensions": {
            dimension: {
                **label_agreement(tally.labels[dimension]),
                "krippendorff_alpha": rounded(tally.scores[dimension].alpha("ordinal")),
            }
            for dimension in rules.DIMENSIONS
        },
        "annotator_pairs": [
            {"annotators": list(raters), **values}
            for raters, values in sorted(
                tally.preferences.pairwise_cohen().items(), key=lambda kv: tuple(map(str, kv[0]))
            )
        ],
        **disputes,
        "arbitration": {
            "arbitrated_pairs": sum(decisions.outcomes.values()),
            "outcomes": {decision: decisions.outcomes.get(decision, 0) for decision in tally.decisions},
        },
        "position_bias": bias(tally.left, tally.known),
        "median_seconds_per_pair": median_seconds,
        "seconds_histogram": seconds_histogram,
        "timeline": [
            {
                "date": day.isoformat(),
                "closed": c["closed"],
                "disputed": c["disputed"],
                "dispute_rate": rounded(c["disputed"] / c["closed"]),
            }
            for day, c in sorted(tally.days.items())
        ],
        "annotators": [
            tally.annotator_row(username, own, own_medians.get(username))
            for username, own in sorted(tally.annotators.items())
        ],
    }
    return tally.finish(report)


def report_tally(campaign: Campaign) -> ReportTally:
    """The tally that reads the campaign's items: a pair's A and B, or every comparison of K candidates."""
    if campaign.kind == CampaignKind.RANKINGS:
        return RankingTally(campaign.margin, campaign.safety_gate, max_patterns=MAX_PATTERNS)
    return ReportTally(campaign.margin, max_patterns=MAX_PATTERNS)


@contextmanager
def consistent_read():
    """One transaction for every query of the report, so its figures agree with each other.

    On PostgreSQL, when no transaction is open yet, a repeatable read (one snapshot for all the
    queries), and no JIT: the cursor's estimated cost is above the JIT thresholds, and compiling
    would cost seconds before the first row, for a plan that streams anyway.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                if outermost:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cursor.execute("SET LOCAL jit = off")
        yield


def spread(values: Iterator[tuple[float, int]], total: int, bins: int = 10) -> tuple[float | None, dict]:
    """Median and equal-width histogram (0 to the largest value) of `total` values given as
    (value, how many), largest first: read once, whatever the number of values."""
    first = next(values, None)
    if first is None:
        return None, {"edges": [], "counts": []}
    width = (first[0] or 1.0) / bins
    counts = [0] * bins

    def binned():
        for value, n in chain([first], values):
            counts[min(bins - 1, int(value / width))] += n
            yield value, n

    stream = binned()
    middle = stats.median_of_counts(stream, total)  # the same middle values read from either end
    for _ in stream:
        pass
    return middle, {"edges": [round(i * width, 1) for i in range(bins + 1)], "counts": counts}


def dispute_summary(campaign: Campaign) -> dict:
    # Identical answers auto-resolved as ties were never judged: they say nothing about agreement.
    states = dict(
        Pair.objects.filter(campaign=campaign, is_gold=False)
        .exclude(meta__has_key=AUTO_TIE)
        .values_list("state")
        .annotate(n=Count("*"))
        .order_by()
    )
    disputed = sum(states.get(state, 0) for state in DISPUTE_STATES)
    closed = disputed + states.get(PairState.CONSENSUS, 0)
    return {
        "closed_pairs": closed,
        "disputed_pairs": disputed,
        "dispute_rate": rounded(disputed / closed) if closed else None,
    }
