"""Evaluation statistics against hand-derived answers: Bradley-Terry, style control, position bias."""

import math

import pytest

from inference import stats
from inference.stats import Outcome


def repeated(x, y, score, times, style=()):
    return [Outcome(x, y, score, style)] * times


def test_win_rate_counts_identical_answers_as_ties_in_n():
    table = stats.win_rate(6, 1, 2, identical=1)
    assert (table["n"], table["identical"], table["win_rate"]) == (10, 1, 0.7)
    assert table["ci_low"] < 0.7 < table["ci_high"]
    assert stats.win_rate(0, 0, 0)["win_rate"] is None


def test_plain_bradley_terry_is_the_hand_derived_maximum_likelihood():
    # A chain a-b-c has no cycle, so each link is fitted alone: theta_a - theta_b = logit(3/4) = ln 3
    # (a won 3 of 4), theta_b - theta_c = logit(2/3) = ln 2 (b won one, tied two of three: 2/3 of a win).
    outcomes = (
        repeated("a", "b", 1.0, 3)
        + repeated("a", "b", 0.0, 1)
        + repeated("b", "c", 1.0, 1)
        + repeated("b", "c", 0.5, 2)
    )
    fit = stats.fit_bradley_terry(outcomes, ridge=0.0)
    assert fit.scores["a"] - fit.scores["b"] == pytest.approx(math.log(3), abs=1e-8)
    assert fit.scores["b"] - fit.scores["c"] == pytest.approx(math.log(2), abs=1e-8)
    assert sum(fit.scores.values()) == pytest.approx(0, abs=1e-9)


def test_a_cycle_with_equal_records_gives_equal_strengths():
    # a beats b, b beats c, c beats a, each 2 of 3: by symmetry every strength is 0.
    outcomes = []
    for x, y in (("a", "b"), ("b", "c"), ("c", "a")):
        outcomes += repeated(x, y, 1.0, 2) + repeated(x, y, 0.0, 1)
    assert all(abs(v) < 1e-9 for v in stats.fit_bradley_terry(outcomes, ridge=0.0).scores.values())


def test_the_ridge_keeps_a_clean_sweep_finite_and_the_bootstrap_brackets_it():
    outcomes = repeated("new", "old", 1.0, 8)
    fit = stats.fit_bradley_terry(outcomes)
    assert 0 < fit.scores["new"] < 10 and fit.scores["old"] == pytest.approx(-fit.scores["new"])
    intervals = stats.bootstrap_intervals(outcomes + repeated("new", "old", 0.0, 2), rounds=50)
    full = stats.fit_bradley_terry(outcomes + repeated("new", "old", 0.0, 2)).scores
    for model, (low, high) in intervals.items():
        assert low <= full[model] <= high


def test_style_control_removes_the_advantage_of_writing_longer():
    # "verbose" writes the longer answer on 32 of 40 prompts; whoever is longer wins 3 times in 4,
    # whichever version it is. Raw Bradley-Terry credits verbose (26 of 40); controlled for length,
    # the two versions are equal and the length coefficient carries the effect.
    longer, shorter = (0.5, 0.0, 0.0, 0.0), (-0.5, 0.0, 0.0, 0.0)
    outcomes = (
        repeated("verbose", "terse", 1.0, 24, longer) + repeated("verbose", "terse", 0.0, 8, longer)
        + repeated("verbose", "terse", 0.0, 6, shorter) + repeated("verbose", "terse", 1.0, 2, shorter)
    )  # fmt: skip
    raw = stats.fit_bradley_terry(outcomes, ridge=0.0)
    controlled = stats.fit_bradley_terry(outcomes, with_style=True, ridge=0.0)
    assert raw.scores["verbose"] - raw.scores["terse"] == pytest.approx(math.log(26 / 14), abs=1e-8)
    assert controlled.scores["verbose"] - controlled.scores["terse"] == pytest.approx(0, abs=1e-8)
    # Scaled length difference is +-1 here, so its coefficient is the log-odds of "longer wins": ln 3.
    assert controlled.style["length"] == pytest.approx(math.log(3), abs=1e-8)
    low, high = stats.bootstrap_intervals(outcomes, with_style=True, rounds=100)["verbose"]
    assert low < 0 < high
    raw_low, _ = stats.bootstrap_intervals(outcomes, rounds=100)["verbose"]
    assert raw_low > -0.05


def test_style_counts_see_length_headings_lists_and_bold():
    text = "# 建议\n\n- 多喝水\n- **休息**\n1. 观察体温\n"
    assert stats.style_counts(text) == {"length": len(text), "headings": 1, "list_items": 3, "bold": 1}
    assert stats.style_difference("abcd", "ab") == pytest.approx((1 / 3, 0.0, 0.0, 0.0))


def test_position_bias_is_an_exact_binomial_test():
    # 9 of 10 left wins: P(X >= 9 or X <= 1) = 22 / 1024.
    check = stats.position_bias(9, 10)
    assert check["p_value"] == pytest.approx(22 / 1024, abs=1e-4) and check["left_share"] == 0.9
    assert stats.position_bias(5, 10)["p_value"] == 1.0
    assert stats.position_bias(0, 0)["left_share"] is None
