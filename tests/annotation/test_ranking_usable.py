"""Issue 15, PROTOCOL §10: the retrain check counts a rankings campaign's DPO rows in one query, from
facts written with every resolution (models.RankingChoice), and counts exactly the rows the export
writes, in every mode and filter: ties, the safety gate, an expert who overrides the annotators,
decides again or excludes, an annotator who revises before the item closes, pairs and rankings
campaigns together. Items are resolved through the services, as in production."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotation.models import Campaign, Pair, PairState, RankingChoice
from annotation.ranking import EXPORT_MODES
from annotation.rules import Scores
from annotation.selectors.export import usable_dpo_pairs
from annotation.services.arbitration import arbitrate
from annotation.services.snapshots import create_snapshot
from annotation.services.submission import submit_annotation
from tests.annotation.ranking_support import make_ranking_campaign, make_ranking_item
from tests.factories import hand, judge_pair, make_campaign, make_pairs

GOOD, OKAY, POOR = Scores(5, 4, 4), Scores(4, 4, 4), Scores(4, 2, 3)
SAFER, FAIR = Scores(4, 3, 3), Scores(3, 4, 4)
UNSAFE, WORSE_UNSAFE = Scores(1, 4, 5), Scores(1, 2, 2)
EXPERT_ANSWER = "See a doctor today if the fever passes 39 °C or she is drowsy; meanwhile paracetamol by weight."
FILTERS = (
    {},
    {"include_unsafe_chosen": True},
    {"sources": ["consensus"]},
    {"sources": ["arbitration"], "include_unsafe_chosen": True},
)


def texts(name: str, count: int) -> list[str]:
    return [f"Answer {letter} of {name}: keep her drinking." for letter in "ABCDEFGH"[:count]]


def judge_item(user, item: Pair, scores: list[Scores], **kwargs):
    """Hand her the item, then submit her scores of every candidate (by position) through the service."""
    hand(user, item)
    return submit_annotation(
        annotator=user, pair_id=item.pk, client_id=kwargs.pop("client_id", uuid.uuid4()), candidate_scores=scores
    )


def decide(expert, item: Pair, tiers=None, **kwargs):
    return arbitrate(
        expert=expert,
        pair_id=item.pk,
        decision=kwargs.pop("decision", "ranked"),
        rationale="The expert's order",
        ranking=tiers,
        **kwargs,
    )


@pytest.fixture
def rankings(db, annotator, annotator2, expert) -> dict:
    """Resolved items of every kind, each through the services.

    ties: A | B C | D | E, D and E unsafe (D over E is left out by the gate).
    means: the annotators agree on the order, not on the scores: safety means of 3.5 and 4.5.
    overridden: disputed; the expert orders B | A C, excludes D, rates C unsafe and writes an answer.
    unscored: disputed; the expert orders without scores (the annotators' means decide what is unsafe).
    again: the expert ranks, excludes the whole item, then ranks again another way (the last word counts).
    dropped: the expert ranks, then excludes the whole item.
    single: the expert keeps one candidate: nothing to pair.
    revised: an annotator revises her scores (undo) before the item closes by consensus.
    disputed: still waiting for an expert.
    """
    campaign = make_ranking_campaign()
    two = (annotator, annotator2)
    made = {"campaign": campaign}

    def item(name: str, count: int, first: list[Scores], second: list[Scores] | None = None) -> Pair:
        made[name] = made_item = make_ranking_item(campaign, texts(name, count), external_id=name)
        for user, scores in zip(two, (first, second or first)):
            judge_item(user, made_item, scores)
        return made_item

    item("ties", 5, [GOOD, OKAY, OKAY, UNSAFE, WORSE_UNSAFE])
    item("means", 3, [GOOD, Scores(4, 3, 3), Scores(3, 2, 3)], [GOOD, Scores(3, 3, 3), Scores(3, 2, 3)])
    overridden = item("overridden", 4, [OKAY, GOOD, POOR, GOOD], [GOOD, OKAY, POOR, OKAY])
    decide(
        expert,
        overridden,
        [[1], [0], [2]],
        excluded_candidates=[3],
        candidate_scores=[GOOD, Scores(5, 5, 5), Scores(2, 4, 4), OKAY],
        corrected_response=EXPERT_ANSWER,
    )
    unscored = item("unscored", 3, [GOOD, OKAY, POOR], [OKAY, GOOD, POOR])
    decide(expert, unscored, [[1, 0], [2]])
    again = item("again", 3, [GOOD, OKAY, POOR], [POOR, OKAY, GOOD])
    decide(expert, again, [[0], [1], [2]])
    decide(expert, again, decision="exclude")
    decide(expert, again, [[2], [0, 1]])
    dropped = item("dropped", 3, [GOOD, OKAY, POOR], [POOR, OKAY, GOOD])
    decide(expert, dropped, [[0], [1], [2]])
    decide(expert, dropped, decision="exclude")
    single = item("single", 3, [GOOD, POOR, OKAY], [POOR, GOOD, OKAY])
    decide(expert, single, [[1]], excluded_candidates=[0, 2])
    made["revised"] = revised = make_ranking_item(campaign, texts("revised", 3), external_id="revised")
    judge_item(annotator, revised, [POOR, OKAY, GOOD])
    judge_item(annotator, revised, [GOOD, OKAY, POOR])  # a new client_id: a revision while pending
    judge_item(annotator2, revised, [GOOD, OKAY, POOR])
    item("disputed", 3, [GOOD, OKAY, POOR], [POOR, OKAY, GOOD])
    return made


@pytest.fixture
def pairs_campaign(db, annotator, annotator2) -> Campaign:
    campaign = make_campaign("Pairs round", gold_rate=0.0)
    good_wins, tie, unsafe_wins = make_pairs(campaign, 3)
    for doctor in (annotator, annotator2):
        judge_pair(doctor, good_wins, GOOD, POOR)
        judge_pair(doctor, tie, OKAY, OKAY)
        judge_pair(doctor, unsafe_wins, Scores(2, 5, 5), Scores(2, 4, 4))
    return campaign


def choices(item: Pair) -> list[tuple]:
    return sorted(
        RankingChoice.objects.filter(pair=item).values_list(
            "position", "safety", "pairs_all", "pairs_adjacent", "pairs_best"
        ),
        key=lambda row: (row[0] is not None, row[0] or 0),
    )


def test_the_fixture_resolves_as_described(rankings):
    states = {name: Pair.objects.get(pk=rankings[name].pk) for name in rankings if name != "campaign"}
    assert {name: pair.state for name, pair in states.items()} == {
        "ties": "consensus",
        "means": "consensus",
        "overridden": "arbitrated",
        "unscored": "arbitrated",
        "again": "arbitrated",
        "dropped": "excluded",
        "single": "arbitrated",
        "revised": "consensus",
        "disputed": "disputed",
    }
    assert states["ties"].ranking == [[0], [1, 2], [3], [4]]
    assert states["again"].ranking == [[2], [0, 1]]


def test_each_answer_chosen_is_kept_with_its_pairs_per_mode_and_final_safety(rankings):
    # (position, safety, all, adjacent, best): A beats 4 (B and C are tied, never paired), D beats E.
    assert choices(rankings["ties"]) == [(0, 5.0, 4, 2, 4), (1, 4.0, 2, 1, 0), (2, 4.0, 2, 1, 0), (3, 1.0, 1, 1, 0)]
    assert choices(rankings["means"]) == [(0, 5.0, 2, 1, 2), (1, 3.5, 1, 1, 0)]
    # The expert's answer (None) beats all three; her own scores are the final ones.
    assert choices(rankings["overridden"]) == [(None, None, 3, 1, 3), (0, 5.0, 1, 1, 0), (1, 5.0, 2, 1, 0)]
    assert choices(rankings["unscored"]) == [(0, 4.5, 1, 1, 1), (1, 4.5, 1, 1, 1)]
    assert choices(rankings["again"]) == [(2, 4.5, 2, 2, 2)]
    for name in ("dropped", "single", "disputed"):
        assert choices(rankings[name]) == []


def test_a_new_decision_replaces_the_facts_of_the_one_before(rankings, expert):
    again = rankings["again"]
    decide(expert, again, decision="exclude")
    assert choices(again) == []
    decide(expert, again, [[0, 1, 2]])  # all tied: no pair
    assert choices(again) == []
    decide(expert, again, [[1], [0], [2]], corrected_response=EXPERT_ANSWER)
    assert choices(again) == [(None, None, 3, 1, 3), (0, 4.5, 1, 1, 0), (1, 4.0, 2, 1, 0)]


@pytest.mark.parametrize("mode", EXPORT_MODES)
def test_the_retrain_check_counts_the_rows_the_export_writes(rankings, mode):
    campaigns = [rankings["campaign"]]
    counted = {}
    for filters in FILTERS:
        filters = {**filters, "ranking_pairs": mode}
        snapshot = create_snapshot(campaigns=campaigns, kind="dpo", filters=filters)
        counted[str(filters)] = usable_dpo_pairs(campaigns, **filters)
        assert counted[str(filters)] == snapshot.row_count, filters
    assert len(set(counted.values())) > 1, "the filters should give different counts on this fixture"


def test_pairs_and_rankings_campaigns_are_counted_together_as_exported(rankings, pairs_campaign):
    campaigns = [rankings["campaign"], pairs_campaign]
    for mode in EXPORT_MODES:
        for filters in FILTERS:
            filters = {**filters, "ranking_pairs": mode}
            snapshot = create_snapshot(campaigns=campaigns, kind="dpo", filters=filters)
            assert usable_dpo_pairs(campaigns, **filters) == snapshot.row_count, filters


def test_a_gate_changed_after_resolution_counts_as_the_export_then_reads_it(rankings):
    # The gate is locked once labels exist; stored as facts, the count still follows whatever the export reads.
    campaign = rankings["campaign"]
    before = usable_dpo_pairs([campaign])
    Campaign.objects.filter(pk=campaign.pk).update(safety_gate=4)
    campaign.refresh_from_db()
    for mode in EXPORT_MODES:
        snapshot = create_snapshot(campaigns=[campaign], kind="dpo", filters={"ranking_pairs": mode})
        assert usable_dpo_pairs([campaign], ranking_pairs=mode) == snapshot.row_count
    assert usable_dpo_pairs([campaign]) < before


@pytest.mark.parametrize("kinds", ["pairs", "rankings", "both"])
def test_the_retrain_check_is_one_query_whatever_the_campaign_kinds(
    rankings, pairs_campaign, kinds, django_assert_num_queries
):
    campaigns = {
        "pairs": [pairs_campaign],
        "rankings": [rankings["campaign"]],
        "both": [pairs_campaign, rankings["campaign"]],
    }[kinds]
    with django_assert_num_queries(1):
        assert usable_dpo_pairs(campaigns) > 0


def test_migration_0016_fills_the_facts_of_items_resolved_before_it(rankings):
    written = {name: choices(rankings[name]) for name in rankings if name != "campaign"}
    RankingChoice.objects.all().delete()
    executor = MigrationExecutor(connection)
    state = executor.loader.project_state(("annotation", "0016_ranking_choices"))
    migration = executor.loader.get_migration("annotation", "0016_ranking_choices")
    fill = migration.operations[-1].code
    fill(state.apps, None)
    assert {name: choices(rankings[name]) for name in written} == written


def test_an_unknown_mode_is_refused(rankings):
    with pytest.raises(ValueError, match="unknown ranking export mode 'pairs'"):
        usable_dpo_pairs([rankings["campaign"]], ranking_pairs="pairs")


def test_disputed_and_pending_items_have_no_facts(rankings):
    assert not RankingChoice.objects.filter(pair__state__in=[PairState.DISPUTED, PairState.PENDING]).exists()
