"""Agreement statistics as pure functions (PROTOCOL §6).

Data shapes are plain: `units` map an item (a pair, or a pair's response) to the values each
rater gave it, `{unit: {rater: value}}`. Missing ratings are simply absent.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations

Units = Mapping[Hashable, Mapping[Hashable, Hashable]]


def percent_agreement(units: Units) -> float | None:
    """Share of agreeing rater pairs, over all units with at least two ratings."""
    agree = total = 0
    for ratings in units.values():
        for x, y in combinations(ratings.values(), 2):
            total += 1
            agree += x == y
    return agree / total if total else None


def cohen_kappa(first: list, second: list) -> float | None:
    """Cohen's kappa for two raters' labels on the same items (None when undefined)."""
    if len(first) != len(second):
        raise ValueError("both raters must label the same items")
    n = len(first)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(first, second)) / n
    count_first, count_second = Counter(first), Counter(second)
    expected = sum(count_first[c] * count_second[c] for c in count_first) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else None
    return (observed - expected) / (1 - expected)


def pairwise_cohen(units: Units) -> dict[tuple, dict]:
    """Cohen's kappa and percent agreement for every pair of raters who share items."""
    shared: dict[tuple, list[tuple]] = defaultdict(list)
    for ratings in units.values():
        for (r1, v1), (r2, v2) in combinations(sorted(ratings.items(), key=lambda kv: str(kv[0])), 2):
            shared[(r1, r2)].append((v1, v2))
    return {
        raters: {
            "items": len(values),
            "percent_agreement": sum(x == y for x, y in values) / len(values),
            "kappa": cohen_kappa([x for x, _ in values], [y for _, y in values]),
        }
        for raters, values in shared.items()
    }


def fleiss_kappa(units: Units, categories: list | None = None) -> float | None:
    """Fleiss' kappa over the units that have the most common number of ratings (at least two)."""
    sizes = Counter(len(ratings) for ratings in units.values() if len(ratings) >= 2)
    if not sizes:
        return None
    n = sizes.most_common(1)[0][0]
    rows = [Counter(ratings.values()) for ratings in units.values() if len(ratings) == n]
    categories = categories or sorted({c for row in rows for c in row}, key=str)
    count = len(rows)
    p_j = [sum(row[c] for row in rows) / (count * n) for c in categories]
    p_i = [(sum(row[c] ** 2 for c in categories) - n) / (n * (n - 1)) for row in rows]
    p_bar = sum(p_i) / count
    p_e = sum(p * p for p in p_j)
    if p_e == 1:
        return 1.0 if p_bar == 1 else None
    return (p_bar - p_e) / (1 - p_e)


def krippendorff_alpha(units: Units, level: str = "ordinal") -> float | None:
    """Krippendorff's alpha for nominal, ordinal or interval data, with missing values allowed."""
    pairable = [list(ratings.values()) for ratings in units.values() if len(ratings) >= 2]
    if not pairable:
        return None
    coincidence: dict[tuple, float] = defaultdict(float)
    for values in pairable:
        m = len(values)
        for i, x in enumerate(values):
            for j, y in enumerate(values):
                if i != j:
                    coincidence[(x, y)] += 1 / (m - 1)
    return alpha_from_coincidences(coincidence, level)


def _distance(level: str, values: list, marginals: Mapping):
    if level == "nominal":
        return lambda x, y: 0.0 if x == y else 1.0
    if level == "interval":
        return lambda x, y: float(x - y) ** 2
    if level == "ordinal":
        rank = {v: i for i, v in enumerate(values)}

        def ordinal(x, y) -> float:
            low, high = sorted((rank[x], rank[y]))
            between = sum(marginals[values[k]] for k in range(low, high + 1))
            return (between - (marginals[x] + marginals[y]) / 2) ** 2

        return ordinal
    raise ValueError(f"unknown level {level!r}")


def median(values: list[float]) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# --- The same figures from units seen one at a time (the agreement report streams its annotations) ---


def kappa_from_table(table: Mapping[tuple, int]) -> float | None:
    """Cohen's kappa from a confusion table `{(first's label, second's label): items}` (None when undefined).

    What `cohen_kappa` computes from the two lists, without keeping them.
    """
    n = sum(table.values())
    if n == 0:
        return None
    observed = sum(count for (x, y), count in table.items() if x == y) / n
    count_first: Counter = Counter()
    count_second: Counter = Counter()
    for (x, y), count in table.items():
        count_first[x] += count
        count_second[y] += count
    expected = sum(count_first[c] * count_second[c] for c in count_first) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else None
    return (observed - expected) / (1 - expected)


class LabelTally:
    """`percent_agreement`, `pairwise_cohen` and `fleiss_kappa` of units added one at a time.

    Keeps counts only (agreeing rater pairs, a confusion table per pair of raters, category totals
    per number of ratings), so memory does not grow with the number of units.
    """

    def __init__(self) -> None:
        self.items = 0  # units with at least two ratings
        self.agreeing = self.rater_pairs = 0
        self.tables: dict[tuple, Counter] = defaultdict(Counter)
        # Fleiss, per number of ratings n: [units, ratings per category, sum over units of sum_c n_c^2 - n]
        self.by_size: dict[int, list] = {}

    def add(self, ratings: Mapping[Hashable, Hashable], weight: int = 1) -> None:
        """One unit's ratings `{rater: value}`, or `weight` units rated alike."""
        if len(ratings) < 2:
            return
        self.items += weight
        for (r1, v1), (r2, v2) in combinations(sorted(ratings.items(), key=lambda kv: str(kv[0])), 2):
            self.rater_pairs += weight
            self.agreeing += weight * (v1 == v2)
            self.tables[(r1, r2)][(v1, v2)] += weight
        n = len(ratings)
        size = self.by_size.setdefault(n, [0, Counter(), 0])
        counts = Counter(ratings.values())
        size[0] += weight
        for category, count in counts.items():
            size[1][category] += weight * count
        size[2] += weight * (sum(c * c for c in counts.values()) - n)

    def percent_agreement(self) -> float | None:
        return self.agreeing / self.rater_pairs if self.rater_pairs else None

    def pairwise_cohen(self) -> dict[tuple, dict]:
        result = {}
        for raters, table in self.tables.items():
            items = sum(table.values())
            agree = sum(count for (x, y), count in table.items() if x == y)
            result[raters] = {"items": items, "percent_agreement": agree / items, "kappa": kappa_from_table(table)}
        return result

    def fleiss_kappa(self, categories: list | None = None) -> float | None:
        if not self.by_size:
            return None
        # The most common number of ratings; among equally common ones, the first seen (as Counter.most_common).
        n = max(self.by_size, key=lambda size: self.by_size[size][0])
        count, totals, squares = self.by_size[n]
        categories = categories or sorted(totals, key=str)
        p_j = [totals[c] / (count * n) for c in categories]
        p_bar = squares / (n * (n - 1)) / count
        p_e = sum(p * p for p in p_j)
        if p_e == 1:
            return 1.0 if p_bar == 1 else None
        return (p_bar - p_e) / (1 - p_e)


class CoincidenceTally:
    """Krippendorff's alpha of units added one at a time: their coincidences, counted by unit size."""

    def __init__(self) -> None:
        self.by_size: dict[int, Counter] = defaultdict(Counter)

    def add(self, values: list, weight: int = 1) -> None:
        """One unit's values (one per rater), or `weight` units with the same values."""
        m = len(values)
        if m < 2:
            return
        counts = self.by_size[m]
        for i, x in enumerate(values):
            for j, y in enumerate(values):
                if i != j:
                    counts[(x, y)] += weight

    def alpha(self, level: str = "ordinal") -> float | None:
        if not self.by_size:
            return None
        coincidence: dict[tuple, float] = defaultdict(float)
        for m, counts in sorted(self.by_size.items()):
            for pair, count in counts.items():
                coincidence[pair] += count / (m - 1)
        return alpha_from_coincidences(coincidence, level)


def alpha_from_coincidences(coincidence: Mapping[tuple, float], level: str) -> float | None:
    """Krippendorff's alpha from the coincidence matrix `{(value, value): weight}`."""
    marginals: dict = defaultdict(float)
    for (x, _), weight in coincidence.items():
        marginals[x] += weight
    n = sum(marginals.values())
    values = sorted(marginals)
    distance = _distance(level, values, marginals)
    observed = sum(weight * distance(x, y) for (x, y), weight in coincidence.items())
    expected = sum(marginals[x] * marginals[y] * distance(x, y) for x in values for y in values) / (n - 1)
    if expected == 0:
        return 1.0 if observed == 0 else None
    return 1 - observed / expected


def median_of_counts(counts: Iterable[tuple[float, int]], total: int) -> float | None:
    """The median of `total` values given as (value, how many) in ascending order, read once."""
    if total == 0:
        return None
    wanted = [total // 2] if total % 2 else [total // 2 - 1, total // 2]
    found: list[float] = []
    seen = 0
    for value, count in counts:
        while wanted and wanted[0] < seen + count:
            found.append(value)
            wanted.pop(0)
        if not wanted:
            break
        seen += count
    return found[0] if len(found) == 1 else (found[0] + found[1]) / 2


def kendall_tau_b(first: Mapping[Hashable, float], second: Mapping[Hashable, float]) -> float | None:
    """Kendall's tau-b between two orders with ties, each `{item: rank}` (equal ranks are tied), on the items both rank.

    Tau-b, not tau-a: a ranking ties candidates, and a tie against a strict order is half an agreement.
    None when it is undefined: fewer than two shared items, or one order ties all of them.
    """
    shared = sorted(set(first) & set(second), key=str)
    concordant = discordant = ties_first = ties_second = total = 0
    for x, y in combinations(shared, 2):
        total += 1
        dx = (first[x] > first[y]) - (first[x] < first[y])
        dy = (second[x] > second[y]) - (second[x] < second[y])
        ties_first += dx == 0
        ties_second += dy == 0
        concordant += dx * dy > 0
        discordant += dx * dy < 0
    denominator = ((total - ties_first) * (total - ties_second)) ** 0.5
    return (concordant - discordant) / denominator if denominator else None
