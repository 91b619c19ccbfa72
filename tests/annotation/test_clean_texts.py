"""The export gate's verdicts reached before the export (services.clean_texts, PROTOCOL §7): once an
import commits, a worker re-scans the texts it stored and remembers the clean ones; the campaign's
first snapshot then scans only what no worker reached, and says the same as without the worker."""

from __future__ import annotations

import json
import logging

import pytest

from annotation.models import CleanText, Prompt, Response
from annotation.rules import Scores
from annotation.services import clean_texts
from annotation.services.importing import import_file
from annotation.services.snapshots import create_snapshot
from annotation.tasks import prescan_texts
from tests.factories import judge_pair, make_pairs
from tests.runs_support import use_broker

GOOD, POOR = Scores(5, 4, 4), Scores(4, 2, 3)
LEFT_IN = "Call Dr. Emily Chen on (555) 123-4567."  # stored without the scrubber (another way in)


def jsonl(count: int, tag: str) -> bytes:
    rows = [
        {
            "id": f"{tag}-{i}",
            "prompt": f"咳嗽{i}天，夜间加重，需要拍胸片吗？",
            "response_a": f"A cough for {i} days that is worse at night deserves a check-up ({tag}).",
            "response_b": f"咳嗽超过{i}天建议就诊，必要时拍胸片（{tag}）。",
        }
        for i in range(count)
    ]
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def campaign_texts(campaign) -> set[str]:
    messages = Prompt.objects.filter(campaign=campaign).values_list("messages", flat=True)
    answers = Response.objects.filter(prompt__campaign=campaign).values_list("text", flat=True)
    return {m["content"] for turns in messages for m in turns} | set(answers)


def remembered(texts: set[str]) -> set[str]:
    digests = {clean_texts.text_digest(text): text for text in texts}
    return {digests[d] for d in CleanText.objects.filter(digest__in=digests).values_list("digest", flat=True)}


@pytest.fixture
def scanned(monkeypatch) -> list[str]:
    """Every text the scrubber re-scans, in order (the real scan runs)."""
    seen: list[str] = []
    real = clean_texts.residual

    def spy(texts):
        texts = list(texts)
        seen.extend(texts)
        return real(texts)

    monkeypatch.setattr(clean_texts, "residual", spy)
    return seen


def test_the_worker_remembers_the_clean_texts_an_import_stored(campaign, scanned):
    since = clean_texts.watermark()
    assert import_file(campaign=campaign, data=jsonl(3, "first"), filename="pairs.jsonl").created == 3
    stored = campaign_texts(campaign)
    assert len(stored) == 9
    done = clean_texts.prescan(campaign.pk, since)
    assert done.as_dict() == {"texts": 9, "scanned": 9, "residual": 0}
    assert remembered(stored) == stored
    assert clean_texts.prescan(campaign.pk, since).as_dict() == {"texts": 9, "scanned": 0, "residual": 0}
    assert len(scanned) == 9, "a text known clean is not scanned twice"


def test_only_the_texts_stored_after_the_watermark_are_read(campaign):
    before = make_pairs(campaign, 2)
    since = clean_texts.watermark()
    after = make_pairs(campaign, 2, start=2)
    done = clean_texts.prescan(campaign.pk, since)
    assert done.texts == 6
    texts_of = lambda pairs: {  # noqa: E731
        text for p in pairs for text in (p.prompt.messages[0]["content"], p.response_a.text, p.response_b.text)
    }
    assert remembered(texts_of(after)) == texts_of(after)
    assert remembered(texts_of(before)) == set()


def test_another_campaign_s_texts_are_not_read(campaign):
    from tests.factories import make_campaign

    other = make_campaign("Dermatology", gold_rate=0.0)
    since = clean_texts.watermark()
    make_pairs(other, 2)
    assert clean_texts.prescan(campaign.pk, since).texts == 0
    assert clean_texts.prescan(other.pk, since).texts == 6


def test_a_text_that_still_holds_an_identifier_is_not_remembered(campaign):
    since = clean_texts.watermark()
    (pair,) = make_pairs(campaign, 1)
    Response.objects.filter(pk=pair.response_a_id).update(text=LEFT_IN)
    assert clean_texts.prescan(campaign.pk, since).as_dict() == {"texts": 3, "scanned": 3, "residual": 1}
    assert remembered({LEFT_IN}) == set()


def test_the_first_snapshot_after_the_worker_scans_only_what_it_did_not_reach_and_says_the_same(
    campaign, annotator, annotator2, admin, scanned
):
    since = clean_texts.watermark()
    pairs = make_pairs(campaign, 3)
    Response.objects.filter(pk=pairs[0].response_a_id).update(text=LEFT_IN)
    clean_texts.prescan(campaign.pk, since)
    (late,) = make_pairs(campaign, 1, start=3)  # stored after the worker's scan
    for pair in [*pairs, late]:
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, GOOD, POOR)
    scanned.clear()

    warm = create_snapshot(campaigns=[campaign], kind="dpo", user=admin, accept_residual=True)

    late_texts = {late.prompt.messages[0]["content"], late.response_a.text, late.response_b.text}
    assert set(scanned) == {LEFT_IN} | late_texts, "the prescanned clean texts were not scanned again"
    CleanText.objects.all().delete()  # as if no worker had ever scanned them
    scanned.clear()
    cold = create_snapshot(campaigns=[campaign], kind="dpo", user=admin, accept_residual=True)
    assert set(scanned) == campaign_texts(campaign)
    assert cold.sha256 == warm.sha256
    assert cold.manifest["deidentification"] == warm.manifest["deidentification"]
    assert warm.manifest["deidentification"]["residual_detections"] == 2  # the name and the phone number


def test_a_committed_import_asks_a_worker_to_scan_what_it_stored(
    campaign, monkeypatch, django_capture_on_commit_callbacks
):
    make_pairs(campaign, 1)  # there before: not the import's
    since = clean_texts.watermark()
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        import_file(campaign=campaign, data=jsonl(2, "asked"), filename="pairs.jsonl")
    asked = [args for name, *args in broker.taken if name == clean_texts.TASK_NAME]
    assert asked == [[campaign.pk, since.prompts, since.responses, since.arbitrations]]
    assert prescan_texts(*asked[0]) == {"texts": 6, "scanned": 6, "residual": 0}, "what the worker runs"
    assert prescan_texts(*asked[0][:3]) == {"texts": 6, "scanned": 0, "residual": 0}, "a task queued before 12"


def test_an_import_that_stores_nothing_asks_for_no_scan(campaign, monkeypatch, django_capture_on_commit_callbacks):
    import_file(campaign=campaign, data=jsonl(2, "kept"), filename="pairs.jsonl")
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        again = import_file(campaign=campaign, data=jsonl(2, "kept"), filename="pairs.jsonl")
    assert again.created == 0
    assert [name for name, *_ in broker.taken if name == clean_texts.TASK_NAME] == []


def test_a_broker_out_of_reach_costs_the_import_nothing(
    campaign, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    broker = use_broker(monkeypatch, down=True)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        report = import_file(campaign=campaign, data=jsonl(2, "down"), filename="pairs.jsonl")
    assert report.created == 2 and len(campaign_texts(campaign)) == 6
    assert clean_texts.TASK_NAME in [name for name, *_ in broker.refused]
    assert "the first snapshot will scan them" in caplog.text


def test_a_worker_has_the_task_the_import_asks_for():
    from medpref.celery import app

    app.loader.import_default_modules()  # what a worker does on start: every app's tasks module
    assert clean_texts.TASK_NAME in app.tasks


def test_the_scan_holds_no_transaction_open(campaign, monkeypatch):
    """On SQLite an open transaction holds the write lock every other writer waits for: the worker
    scans between its short reads and writes, never inside one (review of round 11)."""
    from django.db import connection

    depths: list[int] = []
    real = clean_texts.residual

    def spy(texts):
        depths.append(len(connection.savepoint_ids))
        return real(texts)

    monkeypatch.setattr(clean_texts, "residual", spy)
    since = clean_texts.watermark()
    make_pairs(campaign, 2)
    outside = len(connection.savepoint_ids)
    clean_texts.prescan(campaign.pk, since)
    assert depths and set(depths) == {outside}


def test_an_expert_s_corrected_answer_is_scanned_once_her_decision_commits(
    campaign, annotator, annotator2, expert, monkeypatch, django_capture_on_commit_callbacks, scanned
):
    from annotation.services.arbitration import arbitrate

    since = clean_texts.watermark()
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, POOR, GOOD)  # disputed
    clean_texts.prescan(campaign.pk, since)
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        arbitration = arbitrate(
            expert=expert,
            pair_id=pair.pk,
            decision="a",
            rationale="A is safer.",
            corrected_response="Rest and drink water; see us in 3 days.",
        )
    (asked,) = [args for name, *args in broker.taken if name == clean_texts.TASK_NAME]
    assert asked[0] == campaign.pk
    scanned.clear()
    assert prescan_texts(*asked) == {"texts": 1, "scanned": 1, "residual": 0}, "her answer alone"
    assert scanned == [arbitration.corrected_response]
    scanned.clear()
    create_snapshot(campaigns=[campaign], kind="dpo")
    assert scanned == [], "the first snapshot finds every text remembered"


def test_a_decision_without_a_corrected_answer_asks_nothing(
    campaign, annotator, annotator2, expert, monkeypatch, django_capture_on_commit_callbacks
):
    from annotation.services.arbitration import arbitrate

    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, POOR, GOOD)
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        arbitrate(expert=expert, pair_id=pair.pk, decision="a", rationale="A is safer.")
    assert [name for name, *_ in broker.taken if name == clean_texts.TASK_NAME] == []
