"""Agreement statistics checked against published worked examples."""

import random
from collections import Counter

import pytest

from annotation.stats import (
    CoincidenceTally,
    LabelTally,
    cohen_kappa,
    fleiss_kappa,
    kappa_from_table,
    krippendorff_alpha,
    median,
    median_of_counts,
    pairwise_cohen,
    percent_agreement,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, gaps.
OBSERVERS = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
RELIABILITY_DATA = {
    unit: {name: values[unit] for name, values in OBSERVERS.items() if values[unit] is not None} for unit in range(12)
}


@pytest.mark.parametrize("level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)])
def test_krippendorff_alpha_matches_the_published_example(level, expected):
    assert krippendorff_alpha(RELIABILITY_DATA, level) == pytest.approx(expected, abs=5e-4)


def test_fleiss_kappa_matches_the_classic_example():
    # Fleiss (1971) as reproduced widely: 10 subjects, 14 raters, 5 categories -> 0.210.
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    units = {i: dict(enumerate(c for c, n in enumerate(row) for _ in range(n))) for i, row in enumerate(table)}
    assert fleiss_kappa(units) == pytest.approx(0.210, abs=5e-4)


def test_cohen_kappa_matches_the_textbook_example():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> kappa 0.4.
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(first, second) == pytest.approx(0.4)


def test_perfect_agreement_and_degenerate_cases():
    assert cohen_kappa(["a", "b"], ["a", "b"]) == 1.0
    assert cohen_kappa(["a", "a"], ["a", "a"]) == 1.0
    assert cohen_kappa([], []) is None
    assert krippendorff_alpha({1: {"x": 3}}) is None
    assert percent_agreement({}) is None


def test_percent_agreement_counts_rater_pairs():
    units = {1: {"x": "a", "y": "a", "z": "b"}, 2: {"x": "b", "y": "b"}}
    assert percent_agreement(units) == pytest.approx(2 / 4)


def test_pairwise_cohen_reports_each_rater_pair_on_shared_items():
    units = {1: {"x": "a", "y": "a"}, 2: {"x": "b", "y": "a"}, 3: {"x": "a", "z": "a"}}
    result = pairwise_cohen(units)
    assert result[("x", "y")]["items"] == 2
    assert result[("x", "y")]["percent_agreement"] == 0.5
    assert result[("x", "z")]["items"] == 1


def test_median():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 2, 3]) == 2.5
    assert median([]) is None


def random_units(seed: int, count: int = 200) -> dict:
    """Units rated by two to four of five raters, on a 1-5 scale, with repeats and gaps."""
    rng = random.Random(seed)
    return {
        unit: {rater: rng.choice((1, 2, 3, 3, 4, 5)) for rater in rng.sample("vwxyz", rng.choice((1, 2, 2, 3, 4)))}
        for unit in range(count)
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tallies_of_units_seen_one_at_a_time_give_the_figures_of_the_whole_units(seed):
    units = random_units(seed)
    labels, coincidences = LabelTally(), CoincidenceTally()
    for ratings in units.values():
        labels.add(ratings)
        coincidences.add(list(ratings.values()))
    assert labels.items == sum(len(r) >= 2 for r in units.values())
    assert labels.percent_agreement() == pytest.approx(percent_agreement(units), abs=1e-12)
    expected_pairs = pairwise_cohen(units)
    assert labels.pairwise_cohen().keys() == expected_pairs.keys()
    for raters, values in labels.pairwise_cohen().items():
        assert values == pytest.approx(expected_pairs[raters], abs=1e-12)
    assert labels.fleiss_kappa([1, 2, 3, 4, 5]) == pytest.approx(fleiss_kappa(units, [1, 2, 3, 4, 5]), abs=1e-12)
    assert labels.fleiss_kappa() == pytest.approx(fleiss_kappa(units), abs=1e-12)
    for level in ("nominal", "ordinal", "interval"):
        assert coincidences.alpha(level) == pytest.approx(krippendorff_alpha(units, level), abs=1e-12)


def test_a_unit_added_with_a_weight_counts_as_that_many_units():
    repeated = {n: {"x": "a", "y": "b" if n % 3 else "a", "z": "a"} for n in range(9)}
    weighted, coincidences = LabelTally(), CoincidenceTally()
    for ratings, weight in Counter(tuple(sorted(r.items())) for r in repeated.values()).items():
        weighted.add(dict(ratings), weight)
        coincidences.add([v for _, v in ratings], weight)
    assert weighted.items == 9
    assert weighted.percent_agreement() == pytest.approx(percent_agreement(repeated))
    assert weighted.fleiss_kappa() == pytest.approx(fleiss_kappa(repeated))
    assert coincidences.alpha("nominal") == pytest.approx(krippendorff_alpha(repeated, "nominal"))


def test_kappa_from_a_confusion_table_is_cohens_kappa():
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert kappa_from_table(Counter(zip(first, second))) == cohen_kappa(first, second)
    assert kappa_from_table(Counter({("a", "a"): 3})) == 1.0
    assert kappa_from_table(Counter()) is None


@pytest.mark.parametrize("values", [[3], [4, 1, 2, 3], [2.5, 2.5, 7.1, 0.3, 2.5], [1, 1, 1, 9, 9, 9]])
def test_median_of_counts_read_from_either_end_is_the_median(values):
    counts = sorted(Counter(values).items())
    assert median_of_counts(iter(counts), len(values)) == median(values)
    assert median_of_counts(iter(reversed(counts)), len(values)) == median(values)
    assert median_of_counts(iter([]), 0) is None
