"""Issue 15, PROTOCOL §10: the retrain check counts a rankings campaign's DPO rows in one query, from
facts written with every resolution (models.RankingChoice), and counts exactly the rows the export
writes, in every mode and filter: ties, the safety gate, an expert who overrides the annotators,
decides again or excludes, an annotator who revises before the item closes, pairs and rankings
campaigns together. Items are resolved through the services, as in production. The facts are a
cache: `refill_ranking_choices` finds the items whose facts differ from their resolution (as after a
rolling deploy, when older workers resolve items without writing them) and rewrites them."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import contextmanager

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext

from annotation.models import Campaign, Pair, PairState, Prompt, RankingChoice, Response
from annotation.ranking import EXPORT_MODES
from annotation.rules import Scores
from annotation.selectors.export import usable_dpo_pairs
from annotation.services.arbitration import arbitrate
from annotation.services.ranking_facts import refill_ranking_choices
from annotation.services.snapshots import create_snapshot
from annotation.services.submission import submit_annotation
from tests.annotation.ranking_support import assert_ranking_facts_current, make_ranking_campaign, make_ranking_item
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


def migration_0016_fill() -> None:
    """Run migration 0016's fill, through its own models, as `migrate` does."""
    executor = MigrationExecutor(connection)
    state = executor.loader.project_state(("annotation", "0016_ranking_choices"))
    migration = executor.loader.get_migration("annotation", "0016_ranking_choices")
    migration.operations[-1].code(state.apps, None)


def test_migration_0016_fills_the_facts_the_services_write(rankings):
    """Its fill is a frozen copy of the rule (no application code): it writes what the services do."""
    written = {name: choices(rankings[name]) for name in rankings if name != "campaign"}
    RankingChoice.objects.all().delete()
    migration_0016_fill()
    assert {name: choices(rankings[name]) for name in written} == written
    assert_ranking_facts_current()


@contextmanager
def at_most_999_variables():
    """SQLite as old builds have it (SQLITE_MAX_VARIABLE_NUMBER 999); PostgreSQL as it is."""
    if connection.vendor != "sqlite":
        yield
        return
    connection.ensure_connection()
    before = connection.connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    try:
        yield
    finally:
        connection.connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)


def test_the_fill_and_the_refill_read_a_thousand_items_in_statements_old_sqlite_takes(db):
    campaign = make_ranking_campaign()
    prompt = Prompt.objects.create(campaign=campaign, external_id="q", messages=[{"role": "user", "content": "Q"}])
    a, b = (Response.objects.create(prompt=prompt, text=f"Answer {n}", source="m") for n in "AB")
    Pair.objects.bulk_create(
        Pair(
            campaign=campaign,
            prompt=prompt,
            response_a=a,
            response_b=b,
            external_id=f"i{n}",
            state=PairState.CONSENSUS,
            decision="ranked",
            ranking=[[0], [1]],
        )
        for n in range(1000)
    )
    with at_most_999_variables():
        assert len(refill_ranking_choices(check=True).differing) == 1000
        assert len(refill_ranking_choices().differing) == 1000
        assert refill_ranking_choices(check=True).differing == []
        RankingChoice.objects.all().delete()
        migration_0016_fill()
    assert RankingChoice.objects.filter(position=0, pairs_all=1).count() == 1000


@pytest.mark.parametrize("kinds", ["pairs", "rankings"])
def test_an_unknown_mode_is_refused_whatever_the_campaigns_kinds(rankings, pairs_campaign, kinds):
    campaign = rankings["campaign"] if kinds == "rankings" else pairs_campaign
    with pytest.raises(ValueError, match="unknown ranking export mode 'pairs'"):
        usable_dpo_pairs([campaign], ranking_pairs="pairs")


def test_disputed_and_pending_items_have_no_facts(rankings):
    assert not RankingChoice.objects.filter(pair__state__in=[PairState.DISPUTED, PairState.PENDING]).exists()


def exported_rows(campaign: Campaign) -> int:
    return create_snapshot(campaigns=[campaign], kind="dpo", filters={}).row_count


def test_the_services_leave_every_items_facts_as_its_resolution_gives_them(rankings):
    assert refill_ranking_choices(check=True).differing == []
    assert_ranking_facts_current()


def test_the_refill_finds_and_rewrites_facts_a_worker_without_them_left_wrong(rankings, expert):
    """As in a rolling deploy: an older worker resolves items without writing facts (or leaves those
    of the decision it replaced), and the retrain check counts too few rows until the refill."""
    campaign = rankings["campaign"]
    RankingChoice.objects.filter(pair__in=[rankings["ties"], rankings["overridden"]]).delete()
    RankingChoice.objects.filter(pair=rankings["means"], position=0).update(safety=1.0)
    RankingChoice.objects.create(  # facts an item that went back to an expert must not keep
        pair=rankings["disputed"], position=0, safety=5.0, pairs_all=2, pairs_adjacent=1, pairs_best=2
    )
    assert usable_dpo_pairs([campaign]) < exported_rows(campaign)

    found = refill_ranking_choices(check=True)
    assert found.items == 9
    assert {(d.pair_id, d.state, d.stored, d.expected) for d in found.differing} == {
        (rankings["ties"].pk, "consensus", 0, 4),
        (rankings["overridden"].pk, "arbitrated", 0, 3),
        (rankings["means"].pk, "consensus", 2, 2),
        (rankings["disputed"].pk, "disputed", 1, 0),
    }
    assert usable_dpo_pairs([campaign]) < exported_rows(campaign), "--check changes nothing"

    rewritten = refill_ranking_choices(batch=2)  # batches that split the items
    assert len(rewritten.differing) == 4
    assert_ranking_facts_current()
    assert usable_dpo_pairs([campaign]) == exported_rows(campaign)
    assert choices(rankings["overridden"]) == [(None, None, 3, 1, 3), (0, 5.0, 1, 1, 0), (1, 5.0, 2, 1, 0)]


def test_the_refill_reads_only_the_campaigns_named(rankings):
    other = make_ranking_campaign("Rankings round 2")
    item = make_ranking_item(other, texts("other", 3), external_id="other")
    Pair.objects.filter(pk=item.pk).update(state=PairState.CONSENSUS, decision="ranked", ranking=[[0], [1], [2]])
    RankingChoice.objects.filter(pair=rankings["ties"]).delete()
    assert [d.pair_id for d in refill_ranking_choices([other.pk], check=True).differing] == [item.pk]
    refill_ranking_choices([other.pk])
    assert choices(item) == [(0, None, 2, 1, 2), (1, None, 1, 1, 0)]  # nobody scored them: unsafe when counted
    assert choices(rankings["ties"]) == []


def test_the_command_checks_with_exit_status_1_and_repairs(rankings, capsys):
    RankingChoice.objects.filter(pair=rankings["again"]).delete()
    with pytest.raises(SystemExit) as exited:
        call_command("refill_ranking_choices", "--check", "--campaign", str(rankings["campaign"].pk))
    assert exited.value.code == 1
    out = capsys.readouterr().out
    assert f"pair {rankings['again'].pk} (campaign {rankings['campaign'].pk}, arbitrated): 0 facts stored, 1" in out
    assert "9 ranking items compared, 1 differ" in out
    call_command("refill_ranking_choices")
    assert "9 ranking items compared, 1 rewritten" in capsys.readouterr().out
    call_command("refill_ranking_choices", "--check")  # no SystemExit: nothing differs
    assert "9 ranking items compared, 0 differ" in capsys.readouterr().out


def test_the_command_refuses_a_campaign_that_is_not_a_rankings_one(rankings, pairs_campaign):
    with pytest.raises(CommandError, match=f"no rankings campaign {pairs_campaign.pk}"):
        call_command("refill_ranking_choices", "--check", "--campaign", str(pairs_campaign.pk))


def closing_queries(item: Pair, user, scores: list[Scores]) -> list[str]:
    hand(user, item)
    with CaptureQueriesContext(connection) as queries:
        submit_annotation(annotator=user, pair_id=item.pk, client_id=uuid.uuid4(), candidate_scores=scores)
    return [query["sql"] for query in queries]


def test_the_submission_that_closes_an_item_writes_its_facts_in_one_insert(db, annotator, annotator2):
    """Built from what closing read, under the item's row lock: no read again, no delete (it was pending);
    the one query more than a closing that goes to an expert is the facts' INSERT."""
    campaign = make_ranking_campaign()
    agreed, split = (make_ranking_item(campaign, texts(name, 4), external_id=name) for name in ("agreed", "split"))
    judge_item(annotator, agreed, [GOOD, OKAY, POOR, UNSAFE])
    judge_item(annotator, split, [GOOD, OKAY, POOR, UNSAFE])
    resolved = closing_queries(agreed, annotator2, [GOOD, OKAY, POOR, UNSAFE])
    disputed = closing_queries(split, annotator2, [OKAY, GOOD, POOR, UNSAFE])
    assert Pair.objects.get(pk=agreed.pk).state == "consensus" and Pair.objects.get(pk=split.pk).state == "disputed"
    facts = [sql for sql in resolved if RankingChoice._meta.db_table in sql]
    assert len(facts) == 1 and facts[0].startswith("INSERT")
    assert len(resolved) == len(disputed) + 1
    assert choices(agreed) == [(0, 5.0, 3, 1, 3), (1, 4.0, 2, 1, 0), (2, 4.0, 1, 1, 0)]
    assert_ranking_facts_current()
