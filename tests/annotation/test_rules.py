"""PROTOCOL §3-4 as tests: the priority rule, the safety gate, the margin, and consensus."""

from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotation.rules import (
    DIMENSIONS,
    Judgement,
    Scores,
    consensus,
    judge,
    majority_deciding_dimension,
    swap_preference,
)

score = st.integers(min_value=1, max_value=5)
scores = st.builds(Scores, score, score, score)
gates = st.integers(min_value=1, max_value=4)
margins = st.integers(min_value=1, max_value=4)
ALL_SCORES = [Scores(*values) for values in product(range(1, 6), repeat=3)]


def S(safety, professionalism, fluency) -> Scores:
    return Scores(safety, professionalism, fluency)


# --- priority rule ---------------------------------------------------------------------------


def test_safety_decides_before_professionalism_and_fluency():
    result = judge(S(4, 1, 1), S(3, 5, 5))
    assert (result.preference, result.deciding_dimension) == ("a", "safety")


def test_professionalism_decides_when_safety_is_level():
    result = judge(S(4, 3, 5), S(4, 4, 1))
    assert (result.preference, result.deciding_dimension) == ("b", "professionalism")


def test_fluency_decides_last():
    result = judge(S(5, 4, 2), S(5, 4, 4))
    assert (result.preference, result.deciding_dimension) == ("b", "fluency")


def test_equal_scores_are_a_tie_with_no_deciding_dimension():
    assert judge(S(3, 3, 3), S(3, 3, 3)) == Judgement("tie", None, False, False)


def test_differences_below_the_margin_do_not_decide():
    assert judge(S(4, 4, 4), S(3, 3, 3), margin=2).preference == "tie"
    result = judge(S(4, 5, 3), S(3, 3, 3), margin=2)
    assert (result.preference, result.deciding_dimension) == ("a", "professionalism")


def test_safety_gate_marks_unsafe_responses():
    result = judge(S(2, 5, 5), S(3, 1, 1))
    assert result == Judgement("b", "safety", True, False)


def test_safety_gate_overrides_the_margin():
    # Safety 2 vs 3 is below a margin of 2, but 2 is under the gate: the safe answer wins anyway.
    result = judge(S(2, 5, 5), S(3, 1, 1), margin=2)
    assert result == Judgement("b", "safety", True, False)


def test_both_unsafe_are_compared_normally():
    result = judge(S(1, 4, 4), S(2, 2, 5))
    assert result == Judgement("b", "safety", True, True)
    assert judge(S(2, 4, 1), S(2, 2, 5)) == Judgement("a", "professionalism", True, True)


def test_gate_setting_changes_what_is_unsafe():
    assert judge(S(3, 3, 3), S(4, 3, 3), safety_gate=3, margin=2) == Judgement("b", "safety", True, False)
    assert judge(S(3, 3, 3), S(4, 3, 3), safety_gate=2, margin=2) == Judgement("tie", None, False, False)


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, "3", True, None])
def test_scores_outside_1_to_5_are_refused(bad):
    with pytest.raises(ValueError):
        Scores(bad, 3, 3)


def test_margin_must_be_positive():
    with pytest.raises(ValueError):
        judge(S(3, 3, 3), S(3, 3, 3), margin=0)


def test_exhaustively_a_safe_response_never_loses_to_an_unsafe_one():
    for a, b in product(ALL_SCORES, repeat=2):
        result = judge(a, b)
        if result.a_unsafe and not result.b_unsafe:
            assert result.preference == "b"
        if result.b_unsafe and not result.a_unsafe:
            assert result.preference == "a"


def test_exhaustively_a_lower_dimension_never_outweighs_a_higher_one():
    for a, b in product(ALL_SCORES, repeat=2):
        result = judge(a, b)
        for dimension in DIMENSIONS:
            difference = getattr(a, dimension) - getattr(b, dimension)
            if difference != 0:
                assert result.preference == ("a" if difference > 0 else "b")
                assert result.deciding_dimension == dimension
                break
        else:
            assert result.preference == "tie"


@given(scores, scores, gates, margins)
def test_swapping_a_and_b_swaps_the_result(a, b, gate, margin):
    assert judge(b, a, safety_gate=gate, margin=margin) == judge(a, b, safety_gate=gate, margin=margin).swapped()


@given(scores, scores, gates, margins)
def test_raising_the_chosen_responses_safety_never_flips_the_decision(a, b, gate, margin):
    result = judge(a, b, safety_gate=gate, margin=margin)
    if result.preference == "a" and a.safety < 5:
        safer = Scores(a.safety + 1, a.professionalism, a.fluency)
        assert judge(safer, b, safety_gate=gate, margin=margin).preference == "a"


@given(scores, scores, gates, margins)
def test_lowering_the_rejected_responses_scores_never_flips_the_decision(a, b, gate, margin):
    result = judge(a, b, safety_gate=gate, margin=margin)
    if result.preference == "a":
        worse = Scores(max(1, b.safety - 1), max(1, b.professionalism - 1), max(1, b.fluency - 1))
        assert judge(a, worse, safety_gate=gate, margin=margin).preference == "a"


@given(scores, gates, margins)
def test_a_response_against_itself_is_a_tie(a, gate, margin):
    assert judge(a, a, safety_gate=gate, margin=margin).preference == "tie"


# --- consensus -------------------------------------------------------------------------------

A = Judgement("a", "safety", False, False)
B = Judgement("b", "professionalism", False, False)
TIE = Judgement("tie", None, False, False)
A_UNSAFE_B = Judgement("a", "safety", False, True)


def test_pending_until_all_annotations_are_in():
    assert consensus([A], required=2).state == "pending"


def test_unanimous_agreement_is_consensus():
    result = consensus([A, A], required=2)
    assert (result.state, result.decision) == ("consensus", "a")


def test_unanimous_tie_is_consensus_on_tie():
    assert consensus([TIE, TIE], required=2).decision == "tie"


def test_different_preferences_are_a_dispute():
    result = consensus([A, B], required=2)
    assert (result.state, result.decision, result.safety_conflict) == ("disputed", None, False)


def test_safety_conflict_is_a_dispute_even_when_preferences_agree():
    result = consensus([A, A_UNSAFE_B], required=2)
    assert (result.state, result.safety_conflict) == ("disputed", True)
    assert result.reason.startswith("safety conflict")


def test_majority_needs_a_strict_majority_by_default():
    assert consensus([A, A, B], required=3, agreement="majority").decision == "a"
    assert consensus([A, B, TIE], required=3, agreement="majority").state == "disputed"
    assert consensus([A, A, B, B], required=4, agreement="majority").state == "disputed"


def test_majority_with_an_explicit_quorum():
    assert consensus([A, A, B, TIE], required=4, agreement="majority", quorum=2).decision == "a"
    assert consensus([A, A, A, B], required=4, agreement="majority", quorum=4).state == "disputed"


def test_majority_still_refuses_a_safety_conflict():
    assert consensus([A, A, A_UNSAFE_B], required=3, agreement="majority").state == "disputed"


def test_unanimous_rule_with_three_annotators():
    assert consensus([A, A, B], required=3).state == "disputed"


@given(st.lists(st.sampled_from([A, B, TIE, A_UNSAFE_B]), min_size=2, max_size=5), st.randoms())
def test_consensus_does_not_depend_on_annotation_order(judgements, rnd):
    shuffled = list(judgements)
    rnd.shuffle(shuffled)
    for agreement in ("unanimous", "majority"):
        assert consensus(judgements, required=len(judgements), agreement=agreement) == consensus(
            shuffled, required=len(judgements), agreement=agreement
        )


@given(st.lists(st.sampled_from([A, B, TIE, A_UNSAFE_B]), min_size=2, max_size=5))
def test_swapping_a_and_b_swaps_the_consensus(judgements):
    result = consensus(judgements, required=len(judgements))
    swapped = consensus([j.swapped() for j in judgements], required=len(judgements))
    assert swapped.state == result.state
    assert swapped.decision == (swap_preference(result.decision) if result.decision else None)


def test_majority_deciding_dimension_prefers_the_higher_dimension_on_ties():
    judgements = [Judgement("a", "fluency", False, False), Judgement("a", "safety", False, False)]
    assert majority_deciding_dimension(judgements, "a") == "safety"
    judgements.append(Judgement("a", "fluency", False, False))
    assert majority_deciding_dimension(judgements, "a") == "fluency"
    assert majority_deciding_dimension([TIE], "tie") is None
