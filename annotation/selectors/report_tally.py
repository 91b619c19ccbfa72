"""The agreement report's tally: counts of a campaign's annotations read a pair at a time (PROTOCOL §6).

`reports.agreement_report` reads the annotations and hands each pair's rows to a `ReportTally`;
`ranking_report.RankingTally` reads ranking items through the same hooks. Reads nothing itself.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter

from django.utils import timezone

from annotation import rules, stats
from annotation.models import PairState
from annotation.selectors.visibility import DISPUTE_STATES

MAX_PATTERNS = 50_000  # distinct pair patterns kept before they are added to the tallies (by default)

# One annotation as the report reads it, in this order (the columns' positions follow).
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
    added to the tallies once each, with their count as weight, every `max_patterns` distinct ones.
    A subclass reads other items (`ranking_report.RankingTally`) through the hooks below.
    """

    columns: tuple[str, ...] = REPORT_COLUMNS
    decision_columns: tuple[str, ...] = ("pair_id", "decision")  # an arbitration as `add_pair` receives it
    decisions: tuple[str, ...] = ("a", "b", "tie", "exclude")  # the outcomes reported

    def __init__(self, margin: int, *, max_patterns: int = MAX_PATTERNS) -> None:
        self.margin = margin
        self.max_patterns = max_patterns
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
            if len(self.patterns) >= self.max_patterns:
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


def label_agreement(tally: stats.LabelTally) -> dict:
    kappas = [v["kappa"] for v in tally.pairwise_cohen().values() if v["kappa"] is not None]
    return {
        "items": tally.items,
        "percent_agreement": rounded(tally.percent_agreement()),
        "cohen_kappa_mean": rounded(sum(kappas) / len(kappas)) if kappas else None,
        "fleiss_kappa": rounded(tally.fleiss_kappa(list(rules.PREFERENCES))),
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
