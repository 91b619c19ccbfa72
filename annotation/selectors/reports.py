"""Campaign reports: progress, agreement and quality (PROTOCOL §6). Reads only."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import itemgetter

from django.db import connection, transaction
from django.db.models import Count, IntegerField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone

from annotation import rules, stats
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, CampaignKind, Pair, PairState
from annotation.selectors.visibility import DISPUTE_STATES

REPORT_CHUNK = 5000  # annotations fetched at a time from the report's server-side cursor
MAX_PATTERNS = 50_000  # distinct pair patterns kept before they are added to the tallies

# One annotation as the report reads it, in this order (the columns' positions follow).
REPORT_COLUMNS = (
    "pair_id",
    "annotator__username",
    "preference",
    "a_on_left",
    "seconds_spent",
    "label_margin",
    "pair__is_gold",
    "pair__gold_answer",
    "pair__state",
    "created_at",
    *(f"{key}_{dimension}" for key in ("a", "b") for dimension in rules.DIMENSIONS),
)
PAIR, USER, PREFERENCE, A_ON_LEFT, SECONDS, MARGIN, IS_GOLD, GOLD_ANSWER, STATE, CREATED = range(10)
SCORES = slice(10, 10 + 2 * len(rules.DIMENSIONS))


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
        from annotation.selectors.ranking_report import RankingTally  # it builds on this module's tally

        return RankingTally(campaign.margin, campaign.safety_gate)
    return ReportTally(campaign.margin)


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


@dataclass
class AnnotatorTally:
    """One annotator's counts for the annotator table."""

    annotations: int = 0
    with_others: Counter = field(default_factory=Counter)  # (her preference, another's) on shared pairs
    arbitrated: int = 0
    sided_with: int = 0  # arbitrated pairs whose latest decision is her preference
    gold_items: int = 0
    gold_correct: int = 0
    left: int = 0
    known: int = 0
    timed: int = 0


class ReportTally:
    """The agreement report's counts, a pair at a time.

    Agreement figures depend only on the annotators' names, preferences, scores and margins on
    each pair (its pattern), and patterns recur (scores are small integers): they are counted and
    added to the tallies once each, with their count as weight, every MAX_PATTERNS distinct ones.
    A subclass reads other items (`ranking_report.RankingTally`) through the hooks below.
    """

    columns: tuple[str, ...] = REPORT_COLUMNS
    decision_columns: tuple[str, ...] = ("pair_id", "decision")  # an arbitration as `add_pair` receives it
    decisions: tuple[str, ...] = ("a", "b", "tie", "exclude")  # the outcomes reported

    def __init__(self, margin: int) -> None:
        self.margin = margin
        self.annotations = self.pairs_annotated = self.left = self.known = self.timed = 0
        self.preferences = stats.LabelTally()
        self.labels = {dimension: stats.LabelTally() for dimension in rules.DIMENSIONS}
        self.scores = {dimension: stats.CoincidenceTally() for dimension in rules.DIMENSIONS}
        self.annotators: dict[str, AnnotatorTally] = defaultdict(AnnotatorTally)
        self.days: dict = defaultdict(Counter)
        self.patterns: Counter = Counter()

    def add_pair(self, rows: tuple[tuple, ...], decision: tuple | None) -> None:
        """One pair's annotations (in id order) and the latest arbitration of it (`decision_columns`), if any."""
        judged = []
        for row in rows:
            self.annotations += 1
            own = self.annotators[row[USER]]
            own.annotations += 1
            self.count_position(row, own)
            if row[SECONDS] is not None:
                self.timed += 1
                own.timed += 1
            if row[IS_GOLD]:
                own.gold_items += 1
                own.gold_correct += row[PREFERENCE] == row[GOLD_ANSWER]
            else:
                judged.append(row)
        if not judged:
            return
        self.pairs_annotated += 1
        if decision is not None:
            for row in judged:
                own = self.annotators[row[USER]]
                own.arbitrated += 1
                self.count_decision(row, own, decision)
        if judged[0][STATE] != PairState.PENDING:
            closed = self.days[timezone.localdate(max(row[CREATED] for row in judged))]
            closed["closed"] += 1
            closed["disputed"] += judged[0][STATE] in DISPUTE_STATES
        if len(judged) >= 2:
            self.patterns[tuple(self.pattern_entry(row) for row in judged)] += 1
            if len(self.patterns) >= MAX_PATTERNS:
                self.flush()

    def count_position(self, row: tuple, own: AnnotatorTally) -> None:
        """Position bias: whether she preferred the response shown on the left."""
        choice = left_choice(row[A_ON_LEFT], row[PREFERENCE])
        if choice is not None:
            self.known += 1
            own.known += 1
            self.left += choice
            own.left += choice

    def count_decision(self, row: tuple, own: AnnotatorTally, decision: tuple) -> None:
        """Whether the expert's latest decision on an arbitrated pair is her preference."""
        own.sided_with += row[PREFERENCE] == decision[1]

    def pattern_entry(self, row: tuple) -> tuple:
        """What agreement reads of one annotation (its part of the pair's pattern)."""
        return row[USER], row[PREFERENCE], row[SCORES], self.margin if row[MARGIN] is None else row[MARGIN]

    def annotator_row(self, username: str, own: AnnotatorTally, median_seconds: float | None) -> dict:
        return annotator_row(username, own, median_seconds)

    def finish(self, report: dict) -> dict:
        """The report as computed; a subclass adds its own figures."""
        return report

    def flush(self) -> None:
        """Add the patterns counted so far to the agreement tallies."""
        dimensions = len(rules.DIMENSIONS)
        for pattern, weight in self.patterns.items():
            self.preferences.add({user: preference for user, preference, _, _ in pattern}, weight)
            for user, preference, _, _ in pattern:
                for other, theirs, _, _ in pattern:
                    if other != user:
                        self.annotators[user].with_others[(preference, theirs)] += weight
            for d, dimension in enumerate(rules.DIMENSIONS):
                self.labels[dimension].add(
                    {
                        user: rules.compare_dimension(scores[d], scores[dimensions + d], margin=margin)
                        for user, _, scores, margin in pattern
                    },
                    weight,
                )
                self.scores[dimension].add([scores[d] for _, _, scores, _ in pattern], weight)
                self.scores[dimension].add([scores[dimensions + d] for _, _, scores, _ in pattern], weight)
        self.patterns.clear()


class LatestDecisions:
    """The latest arbitration of each pair (rows of pair id, decision, ...), read in step with the
    annotations (pair order), counting every pair's latest decision as it passes, annotated or not."""

    def __init__(self, rows: Iterator[tuple]) -> None:
        self.runs = groupby(rows, key=itemgetter(0))
        self.outcomes: Counter = Counter()
        self.current = self.advance()

    def advance(self) -> tuple | None:
        group = next(self.runs, None)
        if group is None:
            return None
        _, rows = group
        latest = next(rows)  # latest first
        self.outcomes[latest[1]] += 1
        return latest

    def take(self, pair_id: int) -> tuple | None:
        while self.current is not None and self.current[0] < pair_id:
            self.current = self.advance()
        return self.current if self.current is not None and self.current[0] == pair_id else None

    def finish(self) -> None:
        while self.current is not None:
            self.current = self.advance()


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


def label_agreement(tally: stats.LabelTally) -> dict:
    kappas = [v["kappa"] for v in tally.pairwise_cohen().values() if v["kappa"] is not None]
    return {
        "items": tally.items,
        "percent_agreement": rounded(tally.percent_agreement()),
        "cohen_kappa_mean": rounded(sum(kappas) / len(kappas)) if kappas else None,
        "fleiss_kappa": rounded(tally.fleiss_kappa(list(rules.PREFERENCES))),
    }


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


def left_choice(a_on_left: bool | None, preference: str) -> bool | None:
    """Whether she preferred the response shown on the left (None for ties and unknown order)."""
    if a_on_left is None or preference == "tie":
        return None
    return (preference == "a") == a_on_left


def bias(left: int, known: int) -> dict:
    """Share of non-tie preferences for the response shown on the left (0.5 means no bias)."""
    return {"n": known, "left_share": rounded(left / known) if known else None}


def annotator_row(username: str, own: AnnotatorTally, median_seconds: float | None) -> dict:
    shared = sum(own.with_others.values())
    agreeing = sum(n for (mine, theirs), n in own.with_others.items() if mine == theirs)
    return {
        "username": username,
        "annotations": own.annotations,
        "shared_items": shared,
        "percent_agreement": rounded(agreeing / shared) if shared else None,
        "cohen_kappa": rounded(stats.kappa_from_table(own.with_others)) if shared else None,
        "expert_agreement": rounded(own.sided_with / own.arbitrated) if own.arbitrated else None,
        "arbitrated_items": own.arbitrated,
        "gold_items": own.gold_items,
        "gold_accuracy": rounded(own.gold_correct / own.gold_items) if own.gold_items else None,
        "position_bias": bias(own.left, own.known),
        "median_seconds": median_seconds,
    }


def rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)
