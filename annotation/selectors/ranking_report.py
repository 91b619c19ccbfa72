"""The agreement report of a rankings campaign (PROTOCOL §6 over §10): every comparison of the K candidates.

An annotation of a ranking item scores K candidates, and the priority rule compares every two of
them (`ranking.rank`). Those comparisons are the units here, as a pair is for a pairs campaign:
`overall`, `annotator_pairs` and the annotator table read comparison (i, j) of an item as the pair
report reads a pair's preference, `dimensions` compare each dimension's scores of i and j, and
Krippendorff's alpha reads each candidate's scores. The `rankings` section adds what only rankings
have: the comparisons per pair of positions, and Kendall's tau between the orders themselves.
Same single pass and counts only as `report_tally.ReportTally`: memory does not grow with the campaign.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from operator import itemgetter

from annotation import ranking, rules, stats
from annotation.selectors.report_tally import (
    MAX_PATTERNS,
    REPORT_COLUMNS,
    USER,
    AnnotatorTally,
    ReportTally,
    label_agreement,
    rounded,
)

RANKING_COLUMNS = (*REPORT_COLUMNS, "candidate_scores", "display_order", "settings")
CANDIDATE_SCORES, DISPLAY_ORDER, SETTINGS = range(len(REPORT_COLUMNS), len(RANKING_COLUMNS))
READING = len(RANKING_COLUMNS)  # `RankingTally.add_pair` appends each annotation's `Reading`

PATTERN_SHARE = 5  # items' patterns kept between flushes: MAX_PATTERNS / 5 (about 20 MiB at K = 8)

# A comparison as an ordinal value for Krippendorff's alpha: j better < tie < i better.
ORDINAL = {"b": -1, "tie": 0, "a": 1}
DIMENSION_COUNT = len(rules.DIMENSIONS)


@dataclass(frozen=True, slots=True)
class Reading:
    """One annotation of a ranking item as agreement reads it: scores per position and what they imply.

    Compact (bytes, tuples of shared strings): many items' readings are kept between flushes.
    """

    scores: bytes  # position by position, the dimensions' scores in rules.DIMENSIONS order
    margin: int
    comparisons: tuple[str, ...]  # the preference of every (i, j), i < j, in `pairs_of` order
    ranks: tuple[int, ...]  # per position, its tier (0 is the best)

    @property
    def count(self) -> int:
        return len(self.scores) // DIMENSION_COUNT

    def score(self, position: int, d: int) -> int:
        return self.scores[position * DIMENSION_COUNT + d]

    def pairs(self) -> Iterator[tuple[tuple[int, int], str]]:
        """((i, j), preference) for every two candidates."""
        return zip(pairs_of(self.count), self.comparisons)


@lru_cache(maxsize=ranking.MAX_CANDIDATES + 1)
def pairs_of(count: int) -> tuple[tuple[int, int], ...]:
    return tuple(combinations(range(count), 2))


@lru_cache(maxsize=4096)  # scores recur: a small cache spares judging the same ones again
def judged(scores: bytes, safety_gate: int, margin: int) -> Reading:
    count = len(scores) // DIMENSION_COUNT
    judgement = ranking.rank(
        [rules.Scores(*scores[p * DIMENSION_COUNT : (p + 1) * DIMENSION_COUNT]) for p in range(count)],
        safety_gate=safety_gate,
        margin=margin,
    )
    ranks = [0] * count
    for tier, positions in enumerate(judgement.tiers):
        for position in positions:
            ranks[position] = tier
    return Reading(scores, margin, tuple(judgement.comparisons[key] for key in pairs_of(count)), tuple(ranks))


def read(row: tuple, *, safety_gate: int, margin: int) -> Reading | None:
    """The annotation's reading under the settings it was made under; None when its scores are not K valid ones."""
    settings = row[SETTINGS] or {}
    try:
        scores = bytes(s[d] for s in row[CANDIDATE_SCORES] or () for d in rules.DIMENSIONS)
        return judged(scores, settings.get("safety_gate", safety_gate), settings.get("margin", margin))
    except (TypeError, KeyError, ValueError):
        return None


@dataclass
class OrderTally:
    """Kendall's tau between orders: a sum and a count, for a mean."""

    total: float = 0.0
    items: int = 0

    def add(self, tau: float | None, weight: int = 1) -> None:
        if tau is not None:
            self.total += tau * weight
            self.items += weight

    def mean(self) -> float | None:
        return rounded(self.total / self.items) if self.items else None


@dataclass
class ExpertTally:
    """One annotator against the expert's order on her arbitrated items."""

    compared: int = 0  # her comparisons on arbitrated items
    agreeing: int = 0  # those the expert's decision gives too
    tau: OrderTally = field(default_factory=OrderTally)  # with the expert's order, on items she ranked


class RankingTally(ReportTally):
    """`ReportTally` for ranking items: the comparisons of every two candidates are its units."""

    columns = RANKING_COLUMNS
    decision_columns = ("pair_id", "decision", "ranking", "excluded_candidates")
    decisions = ("ranked", "exclude")

    def __init__(self, margin: int, safety_gate: int, *, max_patterns: int = MAX_PATTERNS) -> None:
        # An item's pattern is up to 28 comparisons' worth (K = 8): a fifth as many kept as pairs' patterns.
        super().__init__(margin, max_patterns=max(1, max_patterns // PATTERN_SHARE))
        self.safety_gate = safety_gate
        self.items = 0  # items with at least two judged readings
        self.candidate_counts: Counter = Counter()  # items by number of candidates
        self.outcomes: dict[tuple[int, int], Counter] = defaultdict(Counter)  # agree / tie / disagree per positions
        self.by_position: dict[tuple[int, int], stats.LabelTally] = defaultdict(stats.LabelTally)
        self.position_alpha: dict[tuple[int, int], stats.CoincidenceTally] = defaultdict(stats.CoincidenceTally)
        self.preference_alpha = stats.CoincidenceTally()
        self.taus = OrderTally()
        self.pair_taus: dict[tuple[str, str], OrderTally] = defaultdict(OrderTally)
        self.own_taus: dict[str, OrderTally] = defaultdict(OrderTally)
        self.experts: dict[str, ExpertTally] = defaultdict(ExpertTally)

    def add_pair(self, rows: tuple[tuple, ...], decision: tuple | None) -> None:
        readings = tuple((*row, read(row, safety_gate=self.safety_gate, margin=self.margin)) for row in rows)
        super().add_pair(readings, decision)

    def count_position(self, row: tuple, own: AnnotatorTally) -> None:
        """Position bias over comparisons: whether the candidate she preferred was shown before the other."""
        reading: Reading | None = row[READING]
        shown = row[DISPLAY_ORDER] or []
        if reading is None or sorted(shown) != list(range(reading.count)):
            return
        place = {position: index for index, position in enumerate(shown)}
        for (i, j), preference in reading.pairs():
            if preference != "tie":
                first = (preference == "a") == (place[i] < place[j])
                self.known += 1
                own.known += 1
                self.left += first
                own.left += first

    def count_decision(self, row: tuple, own: AnnotatorTally, decision: tuple) -> None:
        """Her comparisons against the expert's order (one she excluded, or the whole item, agrees with none)."""
        reading: Reading | None = row[READING]
        if reading is None:
            return
        _, outcome, tiers, _ = decision
        expert = {position: tier for tier, positions in enumerate(tiers or []) for position in positions}
        theirs = ranking.comparisons_of(tiers or []) if outcome == "ranked" else {}
        mine = self.experts[row[USER]]
        for key, preference in reading.pairs():
            mine.compared += 1
            mine.agreeing += theirs.get(key) == preference
        if outcome == "ranked":
            mine.tau.add(stats.kendall_tau_b(dict(enumerate(reading.ranks)), expert))

    def pattern_entry(self, row: tuple) -> tuple:
        return row[USER], row[READING]

    def flush(self) -> None:
        """Items' patterns become unit patterns (one comparison's or one candidate's ratings), which recur
        far more than whole items do: each distinct one is added to the tallies once, with its weight."""
        comparisons: Counter = Counter()  # ((i, j), ((user, preference), ...))
        labels: Counter = Counter()  # (dimension, ((user, label), ...))
        scores: Counter = Counter()  # (dimension, (score, ...))
        for pattern, weight in self.patterns.items():
            entries = sorted(((user, reading) for user, reading in pattern if reading is not None), key=itemgetter(0))
            if len(entries) < 2:
                continue
            self.items += weight
            self.candidate_counts[max(reading.count for _, reading in entries)] += weight
            count_units(entries, weight, comparisons, labels, scores)
            self.add_orders(entries, weight)
        self.patterns.clear()
        for (key, ratings), weight in comparisons.items():
            self.add_comparison(key, dict(ratings), weight)
        for (dimension, ratings), weight in labels.items():
            self.labels[dimension].add(dict(ratings), weight)
        for (dimension, values), weight in scores.items():
            self.scores[dimension].add(list(values), weight)

    def add_comparison(self, key: tuple[int, int], ratings: dict[str, str], weight: int) -> None:
        """One comparison (i, j) of an item as a unit of preference agreement, or `weight` alike."""
        self.preferences.add(ratings, weight)
        self.by_position[key].add(ratings, weight)
        ordinal = [ORDINAL[preference] for preference in ratings.values()]
        self.preference_alpha.add(ordinal, weight)
        self.position_alpha[key].add(ordinal, weight)
        self.outcomes[key][outcome(set(ratings.values()))] += weight
        for user, preference in ratings.items():
            for other, theirs in ratings.items():
                if other != user:
                    self.annotators[user].with_others[(preference, theirs)] += weight

    def add_orders(self, entries: list[tuple[str, Reading]], weight: int) -> None:
        """Kendall's tau between every two annotators' orders of the item."""
        for (user, first), (other, second) in combinations(entries, 2):
            tau = order_tau(first.ranks, second.ranks)
            self.taus.add(tau, weight)
            self.pair_taus[(user, other)].add(tau, weight)
            self.own_taus[user].add(tau, weight)
            self.own_taus[other].add(tau, weight)

    def annotator_row(self, username: str, own: AnnotatorTally, median_seconds: float | None) -> dict:
        """As for pairs; agreement with the expert is the share of her comparisons the expert's decision gives."""
        row = super().annotator_row(username, own, median_seconds)
        expert = self.experts.get(username)
        row["expert_agreement"] = rounded(expert.agreeing / expert.compared) if expert and expert.compared else None
        return row

    def finish(self, report: dict) -> dict:
        return {**report, "rankings": self.section()}

    def section(self) -> dict:
        """The figures only rankings have: comparisons per pair of positions, and the orders' Kendall tau."""
        total = Counter()
        for counts in self.outcomes.values():
            total.update(counts)
        return {
            "items": self.items,
            "candidate_counts": {str(k): n for k, n in sorted(self.candidate_counts.items())},
            "comparisons": comparison_figures(total, self.preferences, self.preference_alpha),
            "by_position": [
                {
                    "positions": [i, j],
                    "candidates": f"{ranking.letter(i)}-{ranking.letter(j)}",
                    **comparison_figures(self.outcomes[(i, j)], self.by_position[(i, j)], self.position_alpha[(i, j)]),
                }
                for i, j in sorted(self.by_position)
            ],
            "kendall_tau": {"items": self.taus.items, "mean": self.taus.mean()},
            "annotator_pairs": [
                {"annotators": list(raters), "items": tau.items, "kendall_tau_mean": tau.mean()}
                for raters, tau in sorted(self.pair_taus.items())
            ],
            "annotators": [
                {
                    "username": username,
                    "kendall_tau_mean": self.own_taus[username].mean(),
                    "tau_items": self.own_taus[username].items,
                    "expert_comparisons": self.experts[username].compared,
                    "expert_kendall_tau_mean": self.experts[username].tau.mean(),
                    "expert_items": self.experts[username].tau.items,
                }
                for username in sorted(self.annotators)
            ],
        }


def count_units(
    entries: list[tuple[str, Reading]], weight: int, comparisons: Counter, labels: Counter, scores: Counter
) -> None:
    """An item's units, counted: each comparison (i, j) with its preferences and each dimension's
    comparison of i and j, and each candidate with its scores on each dimension."""
    mine = [(user, reading, dict(reading.pairs())) for user, reading in entries]
    for key in sorted({key for _, _, own in mine for key in own}):
        i, j = key
        rated = [(user, reading, own[key]) for user, reading, own in mine if key in own]
        if len(rated) < 2:
            continue
        comparisons[(key, tuple((user, preference) for user, _, preference in rated))] += weight
        for d, dimension in enumerate(rules.DIMENSIONS):
            dimension_labels = tuple(
                (user, rules.compare_dimension(reading.score(i, d), reading.score(j, d), margin=reading.margin))
                for user, reading, _ in rated
            )
            labels[(dimension, dimension_labels)] += weight
    for position in range(max(reading.count for _, reading in entries)):
        for d, dimension in enumerate(rules.DIMENSIONS):
            values = tuple(sorted(reading.score(position, d) for _, reading in entries if position < reading.count))
            scores[(dimension, values)] += weight


@lru_cache(maxsize=4096)
def order_tau(first: tuple[int, ...], second: tuple[int, ...]) -> float | None:
    """Kendall's tau-b of two orders given as each position's tier (orders recur: cached, bounded)."""
    return stats.kendall_tau_b(dict(enumerate(first)), dict(enumerate(second)))


def outcome(preferences: set[str]) -> str:
    """A comparison all annotators make alike is agreed (or an agreed tie); any other is a disagreement."""
    if len(preferences) > 1:
        return "disagree"
    return "tie" if preferences == {"tie"} else "agree"


def comparison_figures(counts: Counter, tally: stats.LabelTally, alpha: stats.CoincidenceTally) -> dict:
    return {
        "agree": counts["agree"],
        "tie": counts["tie"],
        "disagree": counts["disagree"],
        **label_agreement(tally),
        "krippendorff_alpha": rounded(alpha.alpha("ordinal")),
    }
