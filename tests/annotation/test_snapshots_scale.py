"""Snapshots at scale (issue 15): streamed in chunks, the same bytes as before, past PostgreSQL's parameter limit."""

from __future__ import annotations

import gc
import hashlib
import json
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotation.errors import ServiceError
from annotation.models import AUTO_TIE, Annotation, Campaign, Pair, Prompt, Response, Snapshot
from annotation.rules import Scores
from annotation.selectors import export
from annotation.selectors.export import CHUNK_SIZE, usable_dpo_pairs
from annotation.services import clean_texts, snapshots
from annotation.services.arbitration import arbitrate
from annotation.services.snapshots import create_snapshot
from tests.factories import client_for, judge_pair
from training.models import ModelVersion
from training.services import retrain_blocker

GOOD, OKAY, POOR = Scores(5, 4, 4), Scores(4, 4, 4), Scores(4, 2, 3)

# Computed with the snapshot code of before issue 15 (one query, every row in memory), on `pinned` below.
PINNED_SHA256 = {
    "dpo": "b126694ae05446d1919f37688dcb53d08c272ab420ad8e19a555a9f3d7e2fecb",
    "sft": "9feca1ba4abd12ce1242be15a47fc2b0e93147d79d8ddc7611f5d51bb5c12993",
}
PINNED_COUNTS = {
    "dpo": {"rows": 6, "resolved_pairs": 8, "tie_or_excluded": 1, "chosen_unsafe": 1, "below_min_professionalism": 0},
    "sft": {"rows": 4, "resolved_pairs": 8, "tie_or_excluded": 1, "chosen_unsafe": 1, "below_min_professionalism": 2},
}


def pair_with_id(campaign: Campaign, pk: int, messages: list[dict], a: str, b: str, **fields) -> Pair:
    prompt = Prompt.objects.create(campaign=campaign, external_id=f"q{pk}", messages=messages)
    response_a = Response.objects.create(prompt=prompt, text=a, source="model-a")
    response_b = Response.objects.create(prompt=prompt, text=b, source="model-b")
    return Pair.objects.create(
        pk=pk,
        campaign=campaign,
        prompt=prompt,
        response_a=response_a,
        response_b=response_b,
        external_id=f"q{pk}",
        **fields,
    )


@pytest.fixture
def pinned(db, annotator, annotator2, expert) -> Campaign:
    """Every kind of resolved pair, with fixed ids so the exported bytes never depend on test order."""
    campaign = Campaign.objects.create(pk=7001, name="Pinned export", gold_rate=0.0)
    user = [{"role": "user", "content": "My child has had a fever of 39 °C since last night. What should I do?"}]
    multi = [
        {"role": "user", "content": "孩子发烧39度怎么办？"},
        {"role": "assistant", "content": "请问孩子多大了？"},
        {"role": "user", "content": "三岁，精神还可以。"},
    ]
    both = (annotator, annotator2)
    pairs = {}
    for offset, (name, messages) in enumerate(
        [
            ("agreed_a", user),
            ("agreed_b", multi),
            ("tied", user),
            ("unsafe", user),
            ("unprofessional", multi),
            ("arbitrated_scored", user),
            ("arbitrated_unscored", multi),
            ("arbitrated_twice", user),
            ("excluded", user),
            ("pending", user),
            ("auto_tie", user),
        ]
    ):
        pairs[name] = pair_with_id(
            campaign,
            7101 + offset,
            messages,
            f"Answer A «{name}»: keep her hydrated.",
            f'Answer B «{name}»: see a doctor "now".',
        )
    gold = pair_with_id(campaign, 7199, user, "Gold A", "Gold B", is_gold=True, gold_answer="a")
    for doctor in both:
        judge_pair(doctor, pairs["agreed_a"], GOOD, POOR)
        judge_pair(doctor, pairs["agreed_b"], POOR, GOOD)
        judge_pair(doctor, pairs["tied"], OKAY, OKAY)
        judge_pair(doctor, pairs["unsafe"], Scores(2, 4, 4), Scores(1, 4, 4))
        judge_pair(doctor, pairs["unprofessional"], Scores(5, 3, 4), Scores(4, 3, 4))
    for name in ("arbitrated_scored", "arbitrated_unscored", "arbitrated_twice", "excluded"):
        judge_pair(annotator, pairs[name], GOOD, POOR)
        judge_pair(annotator2, pairs[name], POOR, GOOD)
    judge_pair(annotator, pairs["pending"], GOOD, POOR)
    arbitrate(
        expert=expert,
        pair_id=pairs["arbitrated_scored"].pk,
        decision="b",
        rationale="B is right",
        scores={"a": POOR, "b": GOOD},
        corrected_response="A corrected, complete answer: 补液，观察。",
    )
    arbitrate(expert=expert, pair_id=pairs["arbitrated_unscored"].pk, decision="a", rationale="A is right")
    arbitrate(expert=expert, pair_id=pairs["arbitrated_twice"].pk, decision="a", rationale="First thought")
    arbitrate(
        expert=expert,
        pair_id=pairs["arbitrated_twice"].pk,
        decision="b",
        rationale="On reflection B",
        scores={"a": OKAY, "b": GOOD},
    )
    arbitrate(expert=expert, pair_id=pairs["excluded"].pk, decision="exclude", rationale="Off topic")
    Pair.objects.filter(pk=pairs["auto_tie"].pk).update(state="consensus", decision="a", meta={AUTO_TIE: True})
    Pair.objects.filter(pk=gold.pk).update(state="consensus", decision="a")
    return campaign


@pytest.mark.parametrize("kind", ["dpo", "sft"])
def test_the_export_keeps_the_bytes_it_had_before_streaming(pinned, kind):
    snapshot = create_snapshot(campaigns=[pinned], kind=kind)
    with snapshot.open() as file:
        data = file.read()
    assert snapshot.manifest["counts"] == PINNED_COUNTS[kind]
    assert snapshot.sha256 == hashlib.sha256(data).hexdigest() == PINNED_SHA256[kind]


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5])
@pytest.mark.parametrize("kind", ["dpo", "sft"])
def test_chunk_boundaries_do_not_change_a_byte(pinned, kind, chunk_size):
    snapshot = create_snapshot(campaigns=[pinned], kind=kind, chunk_size=chunk_size)
    assert (snapshot.sha256, snapshot.manifest["counts"]) == (PINNED_SHA256[kind], PINNED_COUNTS[kind])


def test_the_file_is_in_the_artifact_storage_and_the_database_keeps_only_the_manifest(pinned, artifacts_dir):
    snapshot = create_snapshot(campaigns=[pinned], kind="dpo")
    path = artifacts_dir / snapshot.file.name
    assert snapshot.file.name == "snapshots/dpo-v1.jsonl" and path.is_file()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == snapshot.sha256 == snapshot.manifest["sha256"]
    assert snapshot.manifest["bytes"] == path.stat().st_size
    assert bytes(Snapshot.objects.get(pk=snapshot.pk).data) == b""
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".partial")]


def test_a_refused_export_leaves_no_file(pinned, artifacts_dir):
    Response.objects.filter(pk=Pair.objects.get(pk=7101).response_a_id).update(
        text="Call Dr. John Smith on 13812345678."
    )
    with pytest.raises(ServiceError, match="Snapshot refused"):
        create_snapshot(campaigns=[pinned], kind="dpo")
    assert list((artifacts_dir / "snapshots").iterdir()) == []
    assert not Snapshot.objects.exists()


def test_another_campaigns_pairs_among_and_around_the_pinned_ids_change_nothing(pinned, annotator, annotator2):
    """Cursors are bounded by the campaigns' lowest and highest pair id: the pairs of another
    campaign inside those bounds are still left out, and none of the pinned ones is cut off."""
    neighbour = Campaign.objects.create(pk=7002, name="Neighbour", gold_rate=0.0)
    user = [{"role": "user", "content": "Is a cough at night worrying?"}]
    for pk in (7050, 7150, 7250):
        pair = pair_with_id(neighbour, pk, user, "Watch and wait.", "Go to the emergency department.")
        for doctor in (annotator, annotator2):
            judge_pair(doctor, pair, GOOD, POOR)
    for kind in ("dpo", "sft"):
        snapshot = create_snapshot(campaigns=[pinned], kind=kind)
        assert (snapshot.sha256, snapshot.manifest["counts"]) == (PINNED_SHA256[kind], PINNED_COUNTS[kind])
    both = create_snapshot(campaigns=[pinned, neighbour], kind="dpo")
    with both.open() as rows:
        ids = [json.loads(line)["pair_id"] for line in rows]
    assert ids == sorted(ids) and {7050, 7150, 7250} <= set(ids)


def test_the_digest_of_a_text_is_the_one_clean_texts_were_remembered_by():
    """The digest goes on from a hashed prefix now: the keys of texts remembered before must not change."""
    for text in ("", "Keep her hydrated.", "孩子发烧39度怎么办？", "é" * 500):
        expected = hashlib.blake2b(f"{clean_texts.DEID_VERSION}\x00{text}".encode(), digest_size=16).hexdigest()
        assert clean_texts.text_digest(text) == clean_texts.text_digest(text, clean_texts.digest_prefix()) == expected


def test_the_cycle_collector_runs_again_after_an_export_written_or_refused(pinned):
    assert gc.isenabled()
    create_snapshot(campaigns=[pinned], kind="dpo")
    assert gc.isenabled()
    Response.objects.filter(pk=Pair.objects.get(pk=7101).response_a_id).update(
        text="Call Dr. John Smith on 13812345678."
    )
    with pytest.raises(ServiceError, match="Snapshot refused"):
        create_snapshot(campaigns=[pinned], kind="dpo")
    assert gc.isenabled()


@pytest.mark.postgres
def test_an_export_left_half_read_stops_its_fetching_threads_and_closes_its_cursors(pinned):
    """The next chunk of each cursor is fetched by a thread: leaving the rows early must end it."""
    rows = export.rows([pinned], kind="dpo", filters=snapshots.clean_filters(None), counts={}, chunk_size=1)
    assert next(rows)["pair_id"] == 7101
    assert any(t.name.startswith("export-fetch") for t in threading.enumerate())
    rows.close()
    assert not any(t.name.startswith("export-fetch") for t in threading.enumerate())
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_cursors")
        assert cursor.fetchone()[0] == 0


# --- the download streams --------------------------------------------------------------------


def test_the_download_streams_the_file_with_its_sha256(pinned, admin):
    snapshot = create_snapshot(campaigns=[pinned], kind="dpo")
    response = client_for(admin).get(f"/api/v1/snapshots/{snapshot.pk}/download/")
    assert response.status_code == 200 and response.streaming
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == response["X-Content-SHA256"] == PINNED_SHA256["dpo"]
    assert response["Content-Disposition"] == 'attachment; filename="dpo-v1.jsonl"'
    assert response["Content-Length"] == str(len(body))


def test_a_snapshot_stored_in_the_database_before_files_still_downloads(admin, campaign):
    older = Snapshot.objects.create(
        kind="dpo",
        version=1,
        sha256=hashlib.sha256(b'{"pair_id":1}\n').hexdigest(),
        row_count=1,
        data=b'{"pair_id":1}\n',
    )
    response = client_for(admin).get(f"/api/v1/snapshots/{older.pk}/download/")
    assert response.status_code == 200 and b"".join(response.streaming_content) == b'{"pair_id":1}\n'
    with older.open() as rows:
        assert rows.read() == b'{"pair_id":1}\n'


# --- the retrain check counts ------------------------------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"include_unsafe_chosen": True},
        {"sources": ["arbitration"]},
        {"sources": ["consensus"], "include_unsafe_chosen": True},
    ],
)
def test_the_counting_check_agrees_with_the_rows_in_one_query(pinned, filters, django_assert_num_queries):
    snapshot = create_snapshot(campaigns=[pinned], kind="dpo", filters=filters)
    with django_assert_num_queries(1):
        usable = usable_dpo_pairs([pinned], **filters)
    assert usable == snapshot.row_count


def test_the_counting_check_follows_a_changed_safety_gate(pinned):
    pinned.safety_gate = 1  # the answer chosen at safety 2 is no longer under the gate
    pinned.save()
    assert (
        usable_dpo_pairs([pinned])
        == create_snapshot(campaigns=[pinned], kind="dpo").row_count
        == PINNED_COUNTS["dpo"]["rows"] + 1
    )


def test_retraining_is_refused_on_the_count_without_building_rows(pinned, settings, django_assert_max_num_queries):
    base = ModelVersion.objects.create(name="base", base_model="-", lineage="scale", is_current=True)
    settings.RETRAIN_MIN_PAIRS = PINNED_COUNTS["dpo"]["rows"] + 1
    with django_assert_max_num_queries(2):  # a running job of the lineage?  then the count
        assert (
            retrain_blocker(base, [pinned])
            == "only 6 resolved pair(s) usable for DPO in these campaigns; retraining needs at least 7 (RETRAIN_MIN_PAIRS)"
        )
    settings.RETRAIN_MIN_PAIRS = PINNED_COUNTS["dpo"]["rows"]
    assert retrain_blocker(base, [pinned]) is None


# --- the re-scan remembers clean texts ---------------------------------------------------------


def test_a_second_export_does_not_scan_clean_texts_again_until_the_scrubber_changes(pinned, monkeypatch):
    first = create_snapshot(campaigns=[pinned], kind="dpo")
    scanned = []
    monkeypatch.setattr(clean_texts, "residual", lambda texts: scanned.extend(texts) or [])
    assert create_snapshot(campaigns=[pinned], kind="dpo").sha256 == first.sha256
    assert scanned == []
    monkeypatch.setattr(clean_texts, "DEID_VERSION", "next")
    create_snapshot(campaigns=[pinned], kind="dpo")
    assert len(scanned) == len(set(scanned)) > 0


def test_a_text_with_an_identifier_is_never_remembered_as_clean(pinned):
    Response.objects.filter(pk=Pair.objects.get(pk=7101).response_a_id).update(
        text="Call Dr. John Smith on 13812345678."
    )
    for _ in range(2):
        with pytest.raises(ServiceError, match="Snapshot refused"):
            create_snapshot(campaigns=[pinned], kind="dpo")


# --- past PostgreSQL's 65,535 parameters ---------------------------------------------------------


def many_resolved_pairs(campaign: Campaign, count: int, doctor) -> None:
    """`count` consensus pairs on one shared prompt and answer pair, one annotation each: quick to insert."""
    prompt = Prompt.objects.create(
        campaign=campaign,
        external_id="shared",
        messages=[{"role": "user", "content": "Is a fever of 39 °C in a child an emergency?"}],
    )
    a = Response.objects.create(prompt=prompt, text="Not on its own: watch for warning signs and keep her drinking.")
    b = Response.objects.create(prompt=prompt, text="Yes, always go to the emergency department.")
    for start in range(0, count, 10_000):
        pairs = Pair.objects.bulk_create(
            [
                Pair(
                    campaign=campaign,
                    prompt=prompt,
                    response_a=a,
                    response_b=b,
                    external_id=f"m{i}",
                    state="consensus",
                    decision="a",
                    annotation_count=1,
                )
                for i in range(start, min(start + 10_000, count))
            ]
        )
        judgement = dict(preference="a", deciding_dimension="professionalism", a_unsafe=False, b_unsafe=False)
        Annotation.objects.bulk_create(
            [
                Annotation(
                    pair=pair,
                    campaign_id=pair.campaign_id,
                    annotator=doctor,
                    a_safety=5,
                    a_professionalism=4,
                    a_fluency=4,
                    b_safety=5,
                    b_professionalism=2,
                    b_fluency=4,
                    **judgement,
                )
                for pair in pairs
            ]
        )


@pytest.mark.postgres
def test_a_snapshot_of_more_pairs_than_postgresql_takes_parameters_is_read_in_chunks(campaign, annotator):
    count = 66_000  # one `IN` over every pair id fails past 65,535
    campaign.annotations_per_pair = 1
    campaign.save()
    many_resolved_pairs(campaign, count, annotator)
    with CaptureQueriesContext(connection) as queries:
        snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    assert snapshot.row_count == count == usable_dpo_pairs([campaign])
    chunks = -(-count // CHUNK_SIZE)
    assert len(queries) <= 4 * chunks + 12, "a few queries per chunk of pairs, never one per pair"
    with snapshot.open() as rows:
        assert [json.loads(rows.readline())["pair_id"] for _ in range(2)] == sorted(
            Pair.objects.filter(campaign=campaign).values_list("id", flat=True)
        )[:2]


# --- the JSON lines are the standard encoder's bytes -------------------------------------------


def standard_line(row: dict) -> bytes:
    return (json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def test_every_character_is_written_as_the_standard_json_encoder_writes_it():
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]  # no lone surrogates in a database
    for start in range(0, len(characters), 4096):
        text = "".join(characters[start : start + 4096])
        row = {"prompt": [{"role": "user", "content": text}], "pair_id": start}
        assert snapshots.serialise(row) == standard_line(row), f"characters from {start:#x}"


def test_every_score_a_row_can_hold_is_written_as_the_standard_json_encoder_writes_it():
    """Means of 1-5 scores over up to 20 annotators, rounded to 2 places (mean_scores), and large ids."""
    means = {round(total / count, 2) for count in range(1, 21) for total in range(count, 5 * count + 1)}
    row = {"scores": {f"s{i}": mean for i, mean in enumerate(sorted(means))}, "pair_id": 2**63 - 1, "x": None}
    assert snapshots.serialise(row) == standard_line(row)
