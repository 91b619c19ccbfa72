"""Agreement statistics checked against published worked examples."""

import pytest

from annotation.stats import cohen_kappa, fleiss_kappa, krippendorff_alpha, median, pairwise_cohen, percent_agreement

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
