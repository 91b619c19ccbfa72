"""PROTOCOL §10 as tests: K candidates ranked by the pair rule, the order with ties, consensus per pair
of candidates, an expert's order, and how an order becomes DPO pairs."""

from itertools import combinations, product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotation.ranking import (
    EXPORT_MODES,
    MAX_CANDIDATES,
    MIN_CANDIDATES,
    RankJudgement,
    checked_tiers,
    comparisons_of,
    letter,
    order,
    preference_pairs,
    rank,
    rank_dicts,
    ranking_consensus,
)
from annotation.rules import DEFAULT_SAFETY_GATE, Scores, is_unsafe, judge

score = st.integers(min_value=1, max_value=5)
scores = st.builds(Scores, score, score, score)
gates = st.integers(min_value=1, max_value=4)
margins = st.integers(min_value=1, max_value=4)
ALL_SCORES = [Scores(*values) for values in product(range(1, 6), repeat=3)]
# Every safety (both sides of every gate), and professionalism/fluency levels that tie, differ by 1 and by 2+.
SOME_SCORES = [Scores(*values) for values in product(range(1, 6), (1, 2, 4), (2, 3))]


def S(safety, professionalism, fluency) -> Scores:
    return Scores(safety, professionalism, fluency)


def lexicographic_tiers(candidates: list[Scores]) -> tuple[tuple[int, ...], ...]:
    """The order the priority rule means under margin 1: equal scores share a tier, higher scores first."""
    values = sorted({tuple(s.as_dict().values()) for s in candidates}, reverse=True)
    return tuple(tuple(p for p, s in enumerate(candidates) if tuple(s.as_dict().values()) == value) for value in values)


# --- the rule, K candidates against the pair rule ---------------------------------------------


def test_two_candidates_are_ranked_exactly_as_the_pair_rule_judges_them():
    for a, b in product(ALL_SCORES, repeat=2):
        result, pair = rank([a, b]), judge(a, b)
        assert result.comparisons == {(0, 1): pair.preference}
        assert result.unsafe == (pair.a_unsafe, pair.b_unsafe)
        expected = {"a": ((0,), (1,)), "b": ((1,), (0,)), "tie": ((0, 1),)}[pair.preference]
        assert result.tiers == expected


@given(scores, scores, gates, margins)
def test_two_candidates_follow_the_pair_rule_under_any_gate_and_margin(a, b, gate, margin):
    result = rank([a, b], safety_gate=gate, margin=margin)
    assert result.comparisons[(0, 1)] == judge(a, b, safety_gate=gate, margin=margin).preference


def test_three_candidates_compare_every_two_by_the_pair_rule_and_order_them_lexicographically():
    for candidates in product(SOME_SCORES, repeat=3):
        result = rank(list(candidates))
        for i, j in combinations(range(3), 2):
            assert result.comparisons[(i, j)] == judge(candidates[i], candidates[j]).preference
        assert result.unsafe == tuple(is_unsafe(s) for s in candidates)
        assert result.tiers == lexicographic_tiers(list(candidates))


@given(st.lists(scores, min_size=MIN_CANDIDATES, max_size=MAX_CANDIDATES), gates)
def test_under_margin_1_the_copeland_tiers_are_the_lexicographic_order(candidates, gate):
    result = rank(candidates, safety_gate=gate, margin=1)
    assert result.tiers == lexicographic_tiers(candidates)
    assert comparisons_of(result.tiers) == result.comparisons  # transitive: the order implies every comparison


@given(st.lists(scores, min_size=MIN_CANDIDATES, max_size=MAX_CANDIDATES), gates, margins)
def test_every_candidate_is_in_exactly_one_tier(candidates, gate, margin):
    tiers = rank(candidates, safety_gate=gate, margin=margin).tiers
    assert sorted(p for tier in tiers for p in tier) == list(range(len(candidates)))
    assert all(tier for tier in tiers)


@given(st.lists(scores, min_size=MIN_CANDIDATES, max_size=MAX_CANDIDATES), gates, margins)
def test_a_safe_candidate_is_never_ranked_below_an_unsafe_one(candidates, gate, margin):
    result = rank(candidates, safety_gate=gate, margin=margin)
    tier_of = {p: t for t, tier in enumerate(result.tiers) for p in tier}
    for safe, unsafe in product(range(len(candidates)), repeat=2):
        if not result.unsafe[safe] and result.unsafe[unsafe]:
            assert tier_of[safe] < tier_of[unsafe]


def test_under_a_wider_margin_comparisons_need_not_be_transitive_and_the_count_still_orders():
    # Professionalism 1 ~ 2 ~ 3 under margin 2, but 1 < 3: A ties B, B ties C, C beats A.
    result = rank([S(5, 1, 3), S(5, 2, 3), S(5, 3, 3)], margin=2)
    assert result.comparisons == {(0, 1): "tie", (1, 2): "tie", (0, 2): "b"}
    # Copeland: C +1, B 0, A -1, so B is between them although it ties both.
    assert result.tiers == ((2,), (1,), (0,))
    assert comparisons_of(result.tiers) != result.comparisons


def test_a_cycle_free_tie_under_the_margin_keeps_candidates_in_one_tier():
    result = rank([S(5, 4, 4), S(5, 5, 4), S(3, 3, 3)], margin=2)
    assert result.tiers == ((0, 1), (2,))


def test_rank_dicts_reads_stored_scores_and_settings():
    stored = [{"safety": 5, "professionalism": 3, "fluency": 3}, {"safety": 3, "professionalism": 5, "fluency": 5}]
    assert rank_dicts(stored, settings={"safety_gate": 3, "margin": 1}).unsafe == (False, True)
    assert rank_dicts(stored, settings={}).unsafe == (False, False)  # the default gate is 2
    assert rank_dicts(stored, settings={}).as_lists() == [[0], [1]]


@pytest.mark.parametrize("count", [0, 1, MAX_CANDIDATES + 1])
def test_too_few_or_too_many_candidates_are_refused(count):
    with pytest.raises(ValueError, match=f"2 to 8 candidates, not {count}"):
        rank([S(3, 3, 3)] * count)


def test_order_counts_missing_comparisons_as_ties_and_can_leave_candidates_out():
    assert order(3, {(0, 1): "a"}) == ((0,), (2,), (1,))
    assert order(4, {(0, 1): "b", (1, 3): "a", (0, 3): "a"}, among=[0, 1, 3]) == ((1,), (0,), (3,))


def test_letters_name_positions():
    assert [letter(p) for p in range(MAX_CANDIDATES)] == list("ABCDEFGH")


# --- consensus --------------------------------------------------------------------------------

GOOD, OKAY, POOR, UNSAFE = S(5, 4, 4), S(4, 4, 4), S(4, 2, 3), S(1, 4, 5)


def judged(*candidates: Scores):
    return rank(list(candidates))


def test_pending_until_every_annotation_is_in():
    result = ranking_consensus([judged(GOOD, POOR, OKAY)], required=2)
    assert (result.state, result.tiers, result.reason) == ("pending", (), "1 of 2 annotations")


def test_unanimous_comparisons_are_consensus_on_their_order():
    result = ranking_consensus([judged(GOOD, POOR, OKAY), judged(GOOD, POOR, OKAY)], required=2)
    assert (result.state, result.tiers, result.safety_conflict) == ("consensus", ((0,), (2,), (1,)), False)
    assert result.unsafe == (False, False, False) and result.disagreements == ()


def test_the_same_comparisons_from_different_scores_are_consensus():
    # Different numbers, the same comparisons: what counts is what the rule derives.
    result = ranking_consensus([judged(GOOD, POOR), judged(S(5, 5, 5), S(3, 1, 1))], required=2)
    assert (result.state, result.tiers) == ("consensus", ((0,), (1,)))


def test_agreed_ties_are_consensus_and_stay_tied():
    result = ranking_consensus([judged(OKAY, OKAY, POOR), judged(OKAY, OKAY, POOR)], required=2)
    assert result.tiers == ((0, 1), (2,))


def test_one_differing_comparison_is_a_dispute_that_names_the_candidates():
    first, second = judged(GOOD, POOR, OKAY, OKAY), judged(GOOD, OKAY, POOR, OKAY)
    result = ranking_consensus([first, second], required=2)
    assert (result.state, result.tiers, result.safety_conflict) == ("disputed", (), False)
    assert result.disagreements == ((1, 2), (1, 3), (2, 3))
    assert result.reason == "annotators disagree on B-C, B-D, C-D"


def test_a_long_list_of_disagreements_is_shortened_in_the_reason():
    ascending = judged(*(S(5, p, 3) for p in (1, 2, 3, 4, 5)), S(5, 5, 5), S(3, 3, 3), S(4, 3, 3))
    descending = judged(*(S(5, p, 3) for p in (5, 4, 3, 2, 1)), S(5, 5, 5), S(3, 3, 3), S(4, 3, 3))
    result = ranking_consensus([ascending, descending], required=2)
    assert len(result.disagreements) > 6
    assert result.reason.endswith(f"and {len(result.disagreements) - 6} more")


def test_a_safety_conflict_on_one_candidate_is_a_dispute_even_when_the_order_agrees():
    result = ranking_consensus([judged(GOOD, S(2, 4, 4), POOR), judged(GOOD, S(3, 4, 4), POOR)], required=2)
    assert (result.state, result.safety_conflict) == ("disputed", True)
    assert result.reason.startswith("safety conflict on B")


def test_agreeing_that_a_candidate_is_unsafe_is_consensus_and_says_so():
    result = ranking_consensus([judged(GOOD, UNSAFE), judged(OKAY, UNSAFE)], required=2)
    assert (result.state, result.unsafe) == ("consensus", (False, True))


def test_unanimity_with_three_annotators_needs_all_three():
    agree, differ = judged(GOOD, POOR), judged(POOR, GOOD)
    assert ranking_consensus([agree, agree, differ], required=3).state == "disputed"


def test_majority_needs_a_strict_majority_on_every_comparison_by_default():
    agree, differ, tie = judged(GOOD, POOR, OKAY), judged(POOR, GOOD, OKAY), judged(OKAY, OKAY, OKAY)
    result = ranking_consensus([agree, agree, differ], required=3, agreement="majority")
    assert (result.state, result.tiers) == ("consensus", ((0,), (2,), (1,)))
    assert result.reason == "majority of 3 on every comparison"
    split = ranking_consensus([agree, differ, tie], required=3, agreement="majority")
    assert split.state == "disputed" and split.reason.startswith("no comparison reached quorum 2 on A-B")


def test_majority_with_an_explicit_quorum():
    agree, differ = judged(GOOD, POOR), judged(POOR, GOOD)
    assert ranking_consensus([agree, agree, differ, differ], required=4, agreement="majority").state == "disputed"
    assert (
        ranking_consensus([agree, agree, agree, differ], required=4, agreement="majority", quorum=3).state
        == "consensus"
    )
    # A quorum two answers can both reach decides nothing.
    assert ranking_consensus([agree, agree, differ, differ], required=4, agreement="majority", quorum=2).state == (
        "disputed"
    )


def test_majority_still_refuses_a_safety_conflict():
    safe, unsafe = judged(GOOD, OKAY), judged(GOOD, S(DEFAULT_SAFETY_GATE, 4, 4))
    assert ranking_consensus([safe, safe, unsafe], required=3, agreement="majority").safety_conflict


def test_annotations_of_different_sizes_and_unknown_rules_are_refused():
    with pytest.raises(ValueError, match="different numbers of candidates"):
        ranking_consensus([judged(GOOD, POOR), judged(GOOD, POOR, OKAY)], required=2)
    with pytest.raises(ValueError, match="unknown agreement rule"):
        ranking_consensus([judged(GOOD, POOR)] * 2, required=2, agreement="plurality")


@given(st.lists(st.lists(scores, min_size=3, max_size=3), min_size=2, max_size=4), st.randoms())
def test_consensus_does_not_depend_on_annotation_order(annotations, rnd):
    judgements = [rank(candidates) for candidates in annotations]
    shuffled = list(judgements)
    rnd.shuffle(shuffled)
    for agreement in ("unanimous", "majority"):
        assert ranking_consensus(judgements, required=len(judgements), agreement=agreement) == ranking_consensus(
            shuffled, required=len(judgements), agreement=agreement
        )


@given(st.lists(scores, min_size=2, max_size=MAX_CANDIDATES), st.integers(min_value=2, max_value=5))
def test_identical_annotations_are_consensus_on_their_own_order(candidates, annotators):
    judgement = rank(candidates)
    result = ranking_consensus([judgement] * annotators, required=annotators)
    assert (result.state, result.tiers, result.unsafe) == ("consensus", judgement.tiers, judgement.unsafe)


def by_fluency(*levels: int) -> RankJudgement:
    """An annotator's judgement that orders the candidates by these fluency levels (all else equal)."""
    return rank([S(5, 5, level) for level in levels])


def test_a_majority_cycle_is_a_dispute_not_an_order_nobody_agreed_to():
    # A>B>C>D, B>C>D>A, C>D>A>B: each comparison has a majority of 2 (A beats B, D beats A, ...),
    # but together they go round; an order would export B over A against two of three annotators.
    judgements = [by_fluency(5, 4, 3, 2), by_fluency(2, 5, 4, 3), by_fluency(3, 2, 5, 4)]
    result = ranking_consensus(judgements, required=3, agreement="majority", quorum=2)
    assert (result.state, result.tiers, result.safety_conflict) == ("disputed", (), False)
    assert result.reason.startswith("the agreed comparisons form no order")
    assert (0, 1) in result.disagreements  # A-B: agreed A, yet no order can put A above B here


def test_a_chain_of_ties_under_a_wider_margin_is_a_dispute_so_no_tie_is_exported_as_a_preference():
    judgement = rank([S(5, 1, 3), S(5, 2, 3), S(5, 3, 3)], margin=2)  # A ~ B ~ C, but C beats A
    result = ranking_consensus([judgement, judgement], required=2)
    assert result.state == "disputed" and "form no order" in result.reason


# --- an expert's order ------------------------------------------------------------------------


def test_an_experts_order_is_returned_with_sorted_tiers():
    assert checked_tiers([[2], [3, 0]], count=4, excluded=[1]) == ((2,), (0, 3))
    assert checked_tiers(((1, 0),), count=2) == ((0, 1),)


@pytest.mark.parametrize(
    "tiers, excluded, message",
    [
        ("0,1,2", (), "list of tiers"),
        ([0, 1, 2], (), "list of tiers"),
        ([[0], [], [1, 2]], (), "empty tier"),
        ([[0], [1], [3]], (), "names candidate 3; positions go from 0 to 2"),
        ([[0], [1], [-1]], (), "names candidate -1"),
        ([[0], [True], [2]], (), "names candidate True"),
        ([[0], [1], ["2"]], (), "names candidate '2'"),
        ([[0, 1], [1], [2]], (), "names B more than once"),
        ([[0], [1], [2]], (2,), "C are both ranked and excluded"),
        ([[0], [2]], (), "leaves out B; rank every candidate or exclude it"),
    ],
)
def test_an_experts_bad_order_is_refused_with_a_sentence(tiers, excluded, message):
    with pytest.raises(ValueError, match=message):
        checked_tiers(tiers, count=3, excluded=excluded)


def test_an_expert_may_exclude_every_candidate_but_one():
    assert checked_tiers([[1]], count=3, excluded=[0, 2]) == ((1,),)


# --- an order as DPO pairs ----------------------------------------------------------------------

TIERS = ((3,), (0, 2), (1,), (4, 5))  # D, then A = C, then B, then E = F


def test_all_pairs_every_candidate_with_every_one_below_it():
    assert preference_pairs(TIERS, "all") == [
        (3, 0), (3, 2), (3, 1), (3, 4), (3, 5),
        (0, 1), (2, 1), (0, 4), (0, 5), (2, 4), (2, 5),
        (1, 4), (1, 5),
    ]  # fmt: skip
    assert preference_pairs(TIERS) == preference_pairs(TIERS, "all")


def test_adjacent_pairs_each_tier_with_the_next():
    assert preference_pairs(TIERS, "adjacent") == [(3, 0), (3, 2), (0, 1), (2, 1), (1, 4), (1, 5)]


def test_best_pairs_the_first_tier_with_every_other_candidate():
    assert preference_pairs(TIERS, "best") == [(3, 0), (3, 2), (3, 1), (3, 4), (3, 5)]
    assert preference_pairs(((0, 1), (2,)), "best") == [(0, 2), (1, 2)]


@pytest.mark.parametrize("mode", EXPORT_MODES)
def test_a_single_tier_or_no_tier_gives_no_pairs(mode):
    assert preference_pairs(((0, 1, 2),), mode) == []
    assert preference_pairs((), mode) == []


def test_an_unknown_mode_is_refused_naming_the_modes():
    with pytest.raises(ValueError, match="unknown ranking export mode 'pairs'; use one of all, adjacent, best"):
        preference_pairs(TIERS, "pairs")


tier_lists = st.lists(scores, min_size=MIN_CANDIDATES, max_size=MAX_CANDIDATES).map(
    lambda candidates: rank(candidates, margin=1).tiers
)


@given(tier_lists)
def test_pair_counts_follow_the_tier_sizes(tiers):
    sizes = [len(tier) for tier in tiers]
    assert len(preference_pairs(tiers, "all")) == sum(a * b for a, b in combinations(sizes, 2))
    assert len(preference_pairs(tiers, "adjacent")) == sum(a * b for a, b in zip(sizes, sizes[1:]))
    assert len(preference_pairs(tiers, "best")) == sizes[0] * (sum(sizes) - sizes[0])


@given(tier_lists, st.sampled_from(EXPORT_MODES))
def test_pairs_never_join_a_tier_and_always_prefer_the_higher_tier(tiers, mode):
    tier_of = {p: t for t, tier in enumerate(tiers) for p in tier}
    pairs = preference_pairs(tiers, mode)
    assert len(set(pairs)) == len(pairs)
    assert all(tier_of[chosen] < tier_of[rejected] for chosen, rejected in pairs)
    assert set(preference_pairs(tiers, "adjacent")) <= set(preference_pairs(tiers, "all"))
    assert set(preference_pairs(tiers, "best")) <= set(preference_pairs(tiers, "all"))


@given(tier_lists)
def test_all_pairs_are_the_comparisons_the_order_implies(tiers):
    implied = comparisons_of(tiers)
    expected = {
        (i, j) if preference == "a" else (j, i) for (i, j), preference in implied.items() if preference != "tie"
    }
    assert set(preference_pairs(tiers, "all")) == expected
