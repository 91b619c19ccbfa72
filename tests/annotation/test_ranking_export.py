"""PROTOCOL §10, export: resolved rankings as DPO pairs in each mode, SFT rows, ranking rows for
reward models, the manifest's counts, the same bytes whatever the chunk size, and the HF folder."""

from __future__ import annotations

import hashlib
import json

import datasets
import pytest

from annotation.errors import ServiceError
from annotation.models import Pair
from annotation.rules import Scores
from annotation.selectors.export import usable_dpo_pairs
from annotation.services import hub
from annotation.services.snapshots import create_snapshot
from tests.annotation.ranking_support import annotate, close, decide, make_ranking_campaign, make_ranking_item
from tests.factories import judge_pair, make_campaign, make_pairs

GOOD, OKAY, POOR = Scores(5, 4, 4), Scores(4, 4, 4), Scores(4, 2, 3)
UNSAFE, WORSE_UNSAFE = Scores(1, 4, 5), Scores(1, 2, 2)
EXPERT_ANSWER = "See a doctor today if the fever passes 39 °C or she is drowsy; meanwhile paracetamol by weight."


def texts(name: str, count: int) -> list[str]:
    return [f"Answer {letter} of {name}: keep her drinking." for letter in "ABCDEFGH"[:count]]


@pytest.fixture
def pair_first(db, annotator, annotator2) -> Pair:
    """A consensus pair of a pairs campaign, made before the ranking items (a test asks for it first),
    so its row comes first in a mixed export."""
    campaign = make_campaign("Pairs round", gold_rate=0.0)
    (pair,) = make_pairs(campaign, 1, start=50)
    for doctor in (annotator, annotator2):
        judge_pair(doctor, pair, GOOD, POOR)
    return pair


@pytest.fixture
def rankings(db, annotator, annotator2, expert):
    """Three resolved items, an excluded one and a pending one.

    agreed: both annotators score A best, B = C tied, D and E unsafe (D above E): tiers A | B C | D | E.
    decided: the annotators disagree on A-B; the expert orders B | A = C, excludes D, writes an answer.
    single: the expert keeps B alone (A and C excluded): nothing left to rank or pair.
    excluded: the expert excludes the whole item (its state is excluded: no export reads it).
    """
    campaign = make_ranking_campaign()
    agreed = make_ranking_item(campaign, texts("agreed", 5), external_id="agreed")
    decided = make_ranking_item(campaign, texts("decided", 4), external_id="decided")
    single = make_ranking_item(campaign, texts("single", 3), external_id="single")
    excluded = make_ranking_item(campaign, texts("excluded", 3), external_id="excluded")
    pending = make_ranking_item(campaign, texts("pending", 3), external_id="pending")
    for doctor in (annotator, annotator2):
        annotate(doctor, agreed, [GOOD, OKAY, OKAY, UNSAFE, WORSE_UNSAFE])
    annotate(annotator, decided, [OKAY, GOOD, POOR, GOOD])
    annotate(annotator2, decided, [GOOD, OKAY, POOR, OKAY])
    for item in (single, excluded):
        annotate(annotator, item, [GOOD, POOR, OKAY])
        annotate(annotator2, item, [POOR, GOOD, OKAY])
    annotate(annotator, pending, [GOOD, POOR, OKAY])
    for item in (agreed, decided, single, excluded):
        close(item)
    decide(expert, decided, [[1], [0, 2]], excluded=[3], corrected_response=EXPERT_ANSWER)
    decide(expert, single, [[1]], excluded=[0, 2])
    decide(expert, excluded, decision="exclude")
    return {
        "campaign": campaign,
        "agreed": agreed,
        "decided": decided,
        "single": single,
        "excluded": excluded,
        "pending": pending,
    }


def content(snapshot) -> bytes:
    with snapshot.open() as data:
        return data.read()


def rows_of(snapshot) -> list[dict]:
    return [json.loads(line) for line in content(snapshot).decode().splitlines()]


def text_of(item: Pair, position: int | None) -> str:
    return EXPERT_ANSWER if position is None else item.candidates.get(position=position).response.text


def test_the_fixture_resolves_as_described(rankings):
    agreed, decided = Pair.objects.get(pk=rankings["agreed"].pk), Pair.objects.get(pk=rankings["decided"].pk)
    assert (agreed.state, agreed.decision, agreed.ranking) == ("consensus", "ranked", [[0], [1, 2], [3], [4]])
    assert (decided.state, decided.ranking) == ("arbitrated", [[1], [0, 2]])
    assert Pair.objects.get(pk=rankings["excluded"].pk).state == "excluded"


# --- DPO, each mode ----------------------------------------------------------------------------

EXPECTED_PAIRS = {
    # agreed: D over E is left out (D is unsafe); decided: the expert's answer (None) first, A and C tied.
    "all": (
        [(0, 1), (0, 2), (0, 3), (0, 4), (1, 3), (2, 3), (1, 4), (2, 4)],
        [(None, 1), (None, 0), (None, 2), (1, 0), (1, 2)],
    ),
    "adjacent": ([(0, 1), (0, 2), (1, 3), (2, 3)], [(None, 1), (1, 0), (1, 2)]),
    "best": ([(0, 1), (0, 2), (0, 3), (0, 4)], [(None, 1), (None, 0), (None, 2)]),
}


@pytest.mark.parametrize("mode", ["all", "adjacent", "best"])
def test_dpo_rows_of_each_mode(rankings, mode):
    snapshot = create_snapshot(campaigns=[rankings["campaign"]], kind="dpo", filters={"ranking_pairs": mode})
    data = rows_of(snapshot)
    agreed, decided = rankings["agreed"], rankings["decided"]
    expected_agreed, expected_decided = EXPECTED_PAIRS[mode]
    assert [(row["pair_id"], tuple(row["ranking_positions"])) for row in data] == [
        *((agreed.pk, pair) for pair in expected_agreed),
        *((decided.pk, pair) for pair in expected_decided),
    ]
    for row in data:
        item = agreed if row["pair_id"] == agreed.pk else decided
        chosen, rejected = row["ranking_positions"]
        assert row["prompt"] == item.prompt.messages
        assert row["chosen"] == [{"role": "assistant", "content": text_of(item, chosen)}]
        assert row["rejected"] == [{"role": "assistant", "content": text_of(item, rejected)}]
        assert row["expert_written"] is (chosen is None)
        assert row["source"] == ("consensus" if item == agreed else "arbitration")
    assert snapshot.filters["ranking_pairs"] == mode
    counts = snapshot.manifest["counts"]
    assert counts == {
        "rows": len(expected_agreed) + len(expected_decided),
        "ranking_items": 3,
        "ranking_items_excluded": 1,
        "ranking_candidates_excluded": 1,
        "ranking_tied_pairs": 2,
        "ranking_pairs_all": 13,
        "ranking_pairs_adjacent": 7,
        "ranking_pairs_best": 7,
        "ranking_chosen_unsafe": 1 if mode in ("all", "adjacent") else 0,
        "ranking_best_tied": 0,
        "ranking_below_min_professionalism": 0,
    }
    assert counts[f"ranking_pairs_{mode}"] == counts["rows"]


def test_the_default_mode_is_all_and_is_written_in_the_filters(rankings):
    snapshot = create_snapshot(campaigns=[rankings["campaign"]], kind="dpo")
    assert snapshot.filters == {
        "sources": ["arbitration", "consensus"],
        "include_unsafe_chosen": False,
        "ranking_pairs": "all",
    }
    assert snapshot.row_count == 13


def test_dpo_rows_carry_the_final_scores_and_the_deciding_dimension(rankings):
    data = rows_of(create_snapshot(campaigns=[rankings["campaign"]], kind="dpo"))
    first = data[0]  # agreed, A over B: both annotators scored 5-4-4 against 4-4-4
    assert first["scores"] == {
        "chosen": {"safety": 5.0, "professionalism": 4.0, "fluency": 4.0},
        "rejected": {"safety": 4.0, "professionalism": 4.0, "fluency": 4.0},
    }
    assert first["deciding_dimension"] == "safety"
    by_positions = {(row["pair_id"], tuple(row["ranking_positions"])): row for row in data}
    assert by_positions[(rankings["agreed"].pk, (1, 3))]["deciding_dimension"] == "safety"
    expert_row = by_positions[(rankings["decided"].pk, (None, 1))]
    assert expert_row["scores"]["chosen"] is None and expert_row["deciding_dimension"] is None
    # Arbitrated without her scores: the annotators' mean, and no deciding dimension (as for pairs).
    b_over_a = by_positions[(rankings["decided"].pk, (1, 0))]
    assert b_over_a["scores"]["rejected"] == {"safety": 4.5, "professionalism": 4.0, "fluency": 4.0}
    assert b_over_a["deciding_dimension"] is None


def test_an_unsafe_chosen_candidate_is_paired_only_on_request(rankings):
    snapshot = create_snapshot(campaigns=[rankings["campaign"]], kind="dpo", filters={"include_unsafe_chosen": True})
    assert [3, 4] in [row["ranking_positions"] for row in rows_of(snapshot)]
    assert snapshot.manifest["counts"]["ranking_chosen_unsafe"] == 0 and snapshot.row_count == 14


def test_the_experts_scores_decide_what_is_unsafe_and_which_dimension_decided(rankings, expert):
    # She rates C unsafe although both annotators found it safe: C is no longer chosen against D and E.
    agreed = rankings["agreed"]
    decide(
        expert, agreed, [[0], [1], [2], [3], [4]], candidate_scores=[GOOD, OKAY, Scores(2, 4, 4), UNSAFE, WORSE_UNSAFE]
    )
    data = rows_of(create_snapshot(campaigns=[rankings["campaign"]], kind="dpo", filters={"sources": ["arbitration"]}))
    mine = [row for row in data if row["pair_id"] == agreed.pk]
    assert [tuple(row["ranking_positions"]) for row in mine] == [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)]
    assert mine[4]["scores"]["rejected"] == {"safety": 2.0, "professionalism": 4.0, "fluency": 4.0}
    assert mine[4]["deciding_dimension"] == "safety"
    assert {row["source"] for row in mine} == {"arbitration"}


def test_the_source_filter_applies_to_rankings(rankings):
    data = rows_of(create_snapshot(campaigns=[rankings["campaign"]], kind="dpo", filters={"sources": ["consensus"]}))
    assert {row["pair_id"] for row in data} == {rankings["agreed"].pk}


@pytest.mark.parametrize("value", ["pairs", "ALL", None, 1])
def test_an_unknown_mode_is_refused_naming_the_filter_and_the_modes(rankings, value):
    with pytest.raises(ServiceError, match=r"filters.ranking_pairs must be one of 'all', 'adjacent', 'best'"):
        create_snapshot(campaigns=[rankings["campaign"]], kind="dpo", filters={"ranking_pairs": value})


def test_the_counting_check_counts_ranking_rows_like_the_export(pair_first, rankings):
    campaigns = [rankings["campaign"], pair_first.campaign]
    for filters in ({}, {"include_unsafe_chosen": True}, {"sources": ["consensus"]}, {"ranking_pairs": "best"}):
        snapshot = create_snapshot(campaigns=campaigns, kind="dpo", filters=filters)
        assert usable_dpo_pairs(campaigns, **filters) == snapshot.row_count


# --- pairs and rankings together -----------------------------------------------------------------


def test_pairs_and_rankings_campaigns_export_together_in_pair_id_order(pair_first, rankings):
    snapshot = create_snapshot(campaigns=[pair_first.campaign, rankings["campaign"]], kind="dpo")
    data = rows_of(snapshot)
    assert data[0]["pair_id"] == pair_first.pk
    assert [row["pair_id"] for row in data] == sorted(row["pair_id"] for row in data)
    pair_row = data[0]
    assert "ranking_positions" not in pair_row and pair_row["deciding_dimension"] == "safety"
    counts = snapshot.manifest["counts"]
    assert (counts["rows"], counts["resolved_pairs"], counts["ranking_items"]) == (14, 1, 3)
    kinds = {c["name"]: c.get("kind") for c in snapshot.manifest["campaigns"]}
    assert kinds == {"Pairs round": None, rankings["campaign"].name: "rankings"}


# --- SFT -----------------------------------------------------------------------------------------


def test_sft_takes_the_single_best_candidate_and_the_experts_answer(rankings):
    snapshot = create_snapshot(campaigns=[rankings["campaign"]], kind="sft")
    data = rows_of(snapshot)
    agreed, decided = rankings["agreed"], rankings["decided"]
    assert [(row["pair_id"], row["source"], row["ranking_position"]) for row in data] == [
        (agreed.pk, "consensus", 0),
        (decided.pk, "expert", None),
    ]
    assert data[0]["messages"] == [*agreed.prompt.messages, {"role": "assistant", "content": text_of(agreed, 0)}]
    assert data[1]["messages"][-1] == {"role": "assistant", "content": EXPERT_ANSWER}


def test_sft_leaves_out_a_tied_best_an_unsafe_best_and_a_best_below_the_professionalism_minimum(
    rankings, annotator, annotator2
):
    campaign = rankings["campaign"]
    tied = make_ranking_item(campaign, texts("tied", 3), external_id="tied")
    unsafe = make_ranking_item(campaign, texts("unsafe", 2), external_id="unsafe")
    for doctor in (annotator, annotator2):
        annotate(doctor, tied, [GOOD, GOOD, POOR])
        annotate(doctor, unsafe, [Scores(2, 5, 5), WORSE_UNSAFE])
    close(tied)
    close(unsafe)
    counts = create_snapshot(campaigns=[campaign], kind="sft").manifest["counts"]
    assert (counts["rows"], counts["ranking_best_tied"], counts["ranking_chosen_unsafe"]) == (2, 1, 1)
    campaign.sft_min_professionalism = 5
    campaign.save()
    stricter = create_snapshot(campaigns=[campaign], kind="sft")
    assert [row["source"] for row in rows_of(stricter)] == ["expert"]
    # B, the one answer the expert kept of "single", has professionalism 3 (the annotators' mean) anyway.
    assert stricter.manifest["counts"]["ranking_below_min_professionalism"] == 2


# --- ranking rows ----------------------------------------------------------------------------------


def test_ranking_rows_list_the_answers_best_first_with_their_ties(rankings):
    snapshot = create_snapshot(campaigns=[rankings["campaign"]], kind="ranking")
    agreed, decided = rankings["agreed"], rankings["decided"]
    first, second = rows_of(snapshot)
    assert first["pair_id"] == agreed.pk and first["prompt"] == agreed.prompt.messages
    assert first["responses"] == [text_of(agreed, p) for p in (0, 1, 2, 3, 4)]
    assert (first["ties"], first["positions"], first["source"]) == ([[1, 2]], [0, 1, 2, 3, 4], "consensus")
    assert [s["safety"] for s in first["scores"]] == [5.0, 4.0, 4.0, 1.0, 1.0]
    assert second["responses"] == [EXPERT_ANSWER, *(text_of(decided, p) for p in (1, 0, 2))]
    assert (second["ties"], second["positions"], second["expert_written"]) == ([[2, 3]], [None, 1, 0, 2], True)
    assert second["scores"][0] is None
    assert snapshot.manifest["format"] == "ranked-responses" and snapshot.name == "ranking-v1"
    assert snapshot.manifest["counts"]["ranking_items_excluded"] == 1


def test_a_ranking_snapshot_of_a_pairs_campaign_is_refused_naming_it(rankings):
    pairs_campaign = make_campaign("Pairs round", gold_rate=0.0)
    with pytest.raises(ServiceError, match="a ranking snapshot exports rankings campaigns; Pairs round judge pairs"):
        create_snapshot(campaigns=[pairs_campaign, rankings["campaign"]], kind="ranking")


def test_the_deidentification_rescan_reads_every_ranked_answer(rankings):
    candidate = rankings["agreed"].candidates.get(position=3)
    candidate.response.text = "Call Dr. John Smith on 13812345678."
    candidate.response.save()
    with pytest.raises(ServiceError, match=f"in pairs {rankings['agreed'].pk}\\. Review"):
        create_snapshot(campaigns=[rankings["campaign"]], kind="ranking")
    accepted = create_snapshot(campaigns=[rankings["campaign"]], kind="ranking", accept_residual=True)
    assert accepted.manifest["deidentification"]["pair_ids"] == [rankings["agreed"].pk]


# --- the same bytes ------------------------------------------------------------------------------


@pytest.fixture
def many(rankings, annotator, annotator2):
    """Seven more consensus items, so small chunks cut through items and cursors."""
    campaign = rankings["campaign"]
    for index in range(7):
        item = make_ranking_item(campaign, texts(f"many{index}", 2 + index % 4), external_id=f"many{index}")
        scores = [GOOD, POOR, OKAY, UNSAFE, WORSE_UNSAFE][: 2 + index % 4]
        for doctor in (annotator, annotator2):
            annotate(doctor, item, scores)
        close(item)
    return campaign


@pytest.mark.parametrize("kind", ["dpo", "sft", "ranking"])
def test_the_same_inputs_give_the_same_bytes(many, kind):
    first, second = (create_snapshot(campaigns=[many], kind=kind) for _ in range(2))
    assert content(first) == content(second)
    assert first.sha256 == second.sha256 == hashlib.sha256(content(first)).hexdigest()


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5])
@pytest.mark.parametrize("kind", ["dpo", "sft", "ranking"])
def test_chunk_boundaries_do_not_change_a_byte(many, kind, chunk_size):
    whole = create_snapshot(campaigns=[many], kind=kind)
    chunked = create_snapshot(campaigns=[many], kind=kind, chunk_size=chunk_size)
    assert whole.row_count > chunk_size
    assert (chunked.sha256, chunked.manifest["counts"]) == (whole.sha256, whole.manifest["counts"])


# --- the Hugging Face folder -----------------------------------------------------------------------


@pytest.fixture
def offline(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    return tmp_path / "hf-cache"


@pytest.mark.parametrize("kind", ["dpo", "sft", "ranking"])
def test_the_folder_of_a_rankings_snapshot_loads_offline_with_the_same_rows(rankings, offline, tmp_path, kind):
    snapshot = create_snapshot(campaigns=[rankings["campaign"]], kind=kind)
    folder = hub.build_folder(snapshot, tmp_path / "folder")
    loaded = datasets.load_dataset(str(folder.path), split="train", cache_dir=str(offline))
    assert [dict(row) for row in loaded] == rows_of(snapshot)
    card = (folder.path / "README.md").read_text(encoding="utf-8")
    assert "Rankings campaigns (PROTOCOL §10)" in card and "## Columns" in card
    if kind == "ranking":
        assert "| `ties` | groups of indexes into `responses`" in card and '"reward-model"' in card
        assert "| ranking items | 3 |" in card


def test_a_mixed_folder_keeps_the_ranking_columns_after_pair_rows(pair_first, rankings, offline, tmp_path):
    snapshot = create_snapshot(campaigns=[pair_first.campaign, rankings["campaign"]], kind="dpo")
    assert rows_of(snapshot)[0]["pair_id"] == pair_first.pk
    folder = hub.build_folder(snapshot, tmp_path / "folder")
    loaded = datasets.load_dataset(str(folder.path), split="train", cache_dir=str(offline))
    assert loaded[0]["ranking_positions"] is None and loaded[1]["ranking_positions"] == [0, 1]
