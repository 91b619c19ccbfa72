"""PROTOCOL §8: DPO and SFT exports of resolved pairs, deterministic and loadable by `datasets`; the API for rankings."""

import hashlib
import json

import pytest

from annotation.errors import ServiceError
from annotation.rules import Scores
from annotation.services.arbitration import arbitrate
from annotation.services.snapshots import create_snapshot
from tests.annotation.ranking_support import annotate, close, make_ranking_campaign, make_ranking_item
from tests.factories import client_for, judge_pair, make_pairs

GOOD, OKAY, POOR, UNSAFE = Scores(5, 4, 4), Scores(4, 4, 4), Scores(4, 2, 3), Scores(1, 4, 5)


@pytest.fixture
def resolved(campaign, annotator, annotator2, expert):
    """consensus a; consensus tie; consensus on an unsafe chosen; arbitrated b with a corrected answer; pending."""
    agreed, tied, unsafe_chosen, disputed, pending = make_pairs(campaign, 5)
    for user in (annotator, annotator2):
        judge_pair(user, agreed, GOOD, POOR)
        judge_pair(user, tied, OKAY, OKAY)
        judge_pair(user, unsafe_chosen, Scores(2, 4, 4), Scores(1, 4, 4))
    judge_pair(annotator, disputed, GOOD, POOR)
    judge_pair(annotator2, disputed, POOR, GOOD)
    judge_pair(annotator, pending, GOOD, POOR)
    arbitrate(
        expert=expert,
        pair_id=disputed.pk,
        decision="b",
        rationale="B is right",
        scores={"a": POOR, "b": GOOD},
        corrected_response="A corrected, complete answer.",
    )
    return {"agreed": agreed, "tied": tied, "unsafe": unsafe_chosen, "disputed": disputed, "pending": pending}


def content(snapshot) -> bytes:
    with snapshot.open() as data:
        return data.read()


def rows(snapshot) -> list[dict]:
    return [json.loads(line) for line in content(snapshot).decode().splitlines()]


def test_dpo_rows_follow_trl_conversational_preference_format(campaign, resolved):
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    data = rows(snapshot)
    assert [row["pair_id"] for row in data] == [resolved["agreed"].pk, resolved["disputed"].pk]
    agreed, arbitrated = data
    assert agreed["prompt"] == resolved["agreed"].prompt.messages
    assert agreed["chosen"] == [{"role": "assistant", "content": resolved["agreed"].response_a.text}]
    assert agreed["rejected"] == [{"role": "assistant", "content": resolved["agreed"].response_b.text}]
    assert (agreed["source"], agreed["deciding_dimension"]) == ("consensus", "safety")
    assert agreed["scores"] == {
        "chosen": {"safety": 5.0, "professionalism": 4.0, "fluency": 4.0},
        "rejected": {"safety": 4.0, "professionalism": 2.0, "fluency": 3.0},
    }
    assert arbitrated["source"] == "arbitration" and arbitrated["expert_written"] is True
    assert arbitrated["chosen"][0]["content"] == "A corrected, complete answer."
    assert arbitrated["rejected"][0]["content"] == resolved["disputed"].response_a.text
    assert snapshot.manifest["counts"] == {
        "rows": 2,
        "resolved_pairs": 4,
        "tie_or_excluded": 1,
        "chosen_unsafe": 1,
        "below_min_professionalism": 0,
    }


def test_unsafe_chosen_can_be_included_on_request(campaign, resolved):
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo", filters={"include_unsafe_chosen": True})
    assert resolved["unsafe"].pk in [row["pair_id"] for row in rows(snapshot)]


def test_source_filter(campaign, resolved):
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo", filters={"sources": ["arbitration"]})
    assert [row["source"] for row in rows(snapshot)] == ["arbitration"]


def test_sft_rows_keep_safe_professional_chosen_answers_and_expert_writing(campaign, resolved):
    snapshot = create_snapshot(campaigns=[campaign], kind="sft")
    data = rows(snapshot)
    assert [(row["pair_id"], row["source"]) for row in data] == [
        (resolved["agreed"].pk, "consensus"),
        (resolved["disputed"].pk, "expert"),
    ]
    assert data[0]["messages"][-1] == {"role": "assistant", "content": resolved["agreed"].response_a.text}
    campaign.sft_min_professionalism = 5
    campaign.save()
    stricter = create_snapshot(campaigns=[campaign], kind="sft")
    assert [row["source"] for row in rows(stricter)] == ["expert"]
    assert stricter.manifest["counts"]["below_min_professionalism"] == 1


def test_same_inputs_give_the_same_bytes_and_the_manifest_holds_their_sha256(campaign, resolved):
    first = create_snapshot(campaigns=[campaign], kind="dpo")
    second = create_snapshot(campaigns=[campaign], kind="dpo")
    assert content(first) == content(second)
    assert first.sha256 == second.sha256 == hashlib.sha256(content(first)).hexdigest() == first.manifest["sha256"]
    assert (first.version, second.version, second.name) == (1, 2, "dpo-v2")
    assert first.manifest["campaigns"][0]["settings"]["safety_gate"] == 2


def test_datasets_reads_the_export(campaign, resolved, tmp_path):
    datasets = pytest.importorskip("datasets")
    path = tmp_path / "dpo.jsonl"
    path.write_bytes(content(create_snapshot(campaigns=[campaign], kind="dpo")))
    dataset = datasets.load_dataset("json", data_files=str(path), split="train")
    assert dataset.num_rows == 2
    assert dataset[0]["chosen"][0]["role"] == "assistant"
    assert dataset[0]["prompt"][0]["role"] == "user"


def test_gold_pairs_are_not_exported(campaign, annotator, annotator2):
    (gold,) = make_pairs(campaign, 1, is_gold=True, gold_answer="a")
    gold.state, gold.decision = "consensus", "a"
    gold.save()
    assert create_snapshot(campaigns=[campaign], kind="dpo").row_count == 0


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"colour": 1}, "unknown snapshot filter"),
        ({"sources": []}, "filters.sources"),
        ({"include_unsafe_chosen": "yes"}, "true or false"),
    ],
)
def test_bad_filters_are_refused(campaign, filters, message):
    with pytest.raises(ServiceError, match=message):
        create_snapshot(campaigns=[campaign], kind="dpo", filters=filters)


# --- the API, for rankings (PROTOCOL §10) --------------------------------------------------------


@pytest.fixture
def ranked(annotator, annotator2):
    """A rankings campaign with one consensus item: A best, B and C tied."""
    rankings = make_ranking_campaign()
    item = make_ranking_item(rankings, ["First answer.", "Second answer.", "Third answer."], external_id="r1")
    for user in (annotator, annotator2):
        annotate(user, item, [GOOD, OKAY, OKAY])
    close(item)
    return rankings


def test_the_api_exports_a_ranking_snapshot_and_the_pairs_of_a_mode(ranked, admin):
    api = client_for(admin)
    made = api.post("/api/v1/snapshots/", {"campaigns": [ranked.pk], "kind": "ranking"}, format="json")
    assert made.status_code == 201 and (made.json()["kind"], made.json()["row_count"]) == ("ranking", 1)
    best = api.post(
        "/api/v1/snapshots/",
        {"campaigns": [ranked.pk], "kind": "dpo", "filters": {"ranking_pairs": "best"}},
        format="json",
    )
    assert best.status_code == 201 and best.json()["row_count"] == 2


def test_the_api_refuses_an_unknown_ranking_mode_naming_the_filter(ranked, admin):
    refused = client_for(admin).post(
        "/api/v1/snapshots/",
        {"campaigns": [ranked.pk], "kind": "dpo", "filters": {"ranking_pairs": "pairs"}},
        format="json",
    )
    assert refused.status_code == 400
    assert "filters.ranking_pairs must be one of 'all', 'adjacent', 'best'" in refused.json()["message"]


def test_a_pairs_export_does_not_grow_a_ranking_filter(campaign, resolved):
    assert create_snapshot(campaigns=[campaign], kind="dpo").filters == {
        "sources": ["arbitration", "consensus"],
        "include_unsafe_chosen": False,
    }
