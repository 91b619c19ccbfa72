"""Background imports (issue 15): a large file is stored and imported by a worker, streamed a chunk at
a time in one transaction. The API answers 202 with the run to poll; the run's progress moves; a bad
line after several chunks leaves nothing and is named with its field; a cancel leaves nothing."""

from __future__ import annotations

import json
import threading
import time

import pytest
from django.core.files.base import ContentFile
from django.db import connection

from annotation.errors import Conflict
from annotation.models import Campaign, ImportRun, Pair, Prompt, Response, ReviewItem
from annotation.services import import_runs, importing
from medpref.core.runs import RunState
from tests.factories import client_for, page_client
from tests.training_support import worker  # noqa: F401 - fixture

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def pair(i: int, **extra) -> dict:
    return {
        "id": f"p{i}",
        "prompt": f"医生您好，我叫张伟，头痛{i}天了，电话13812345678，怎么办？",
        "response_a": f"建议先测量血压，连续{i}天。",
        "response_b": f"Measure your blood pressure for {i} days.",
        **extra,
    }


def jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


@pytest.fixture
def small_chunks(monkeypatch, settings, artifacts_dir):
    """Chunks of 50 rows and a heartbeat at every check: a few hundred rows span many chunks and beats."""
    monkeypatch.setattr(importing, "CHUNK_ROWS", 50)
    settings.TRAINING_HEARTBEAT_SECONDS = 0


def queued(campaign: Campaign, data: bytes, name: str = "pairs.jsonl", **options) -> ImportRun:
    return import_runs.request_import(campaign=campaign, upload=ContentFile(data, name=name), filename=name, **options)


def nothing_stored(campaign: Campaign) -> bool:
    return not (
        Pair.objects.filter(campaign=campaign).exists()
        or Prompt.objects.filter(campaign=campaign).exists()
        or Response.objects.filter(prompt__campaign=campaign).exists()
        or ReviewItem.objects.filter(campaign=campaign).exists()
    )


def test_the_api_answers_202_with_the_run_and_the_worker_imports_the_file(campaign, admin, small_chunks):
    client = client_for(admin)
    data = jsonl([pair(i) for i in range(300)])
    answer = client.post(
        f"/api/v1/campaigns/{campaign.pk}/import/?background=true",
        {"file": ContentFile(data, name="pairs.jsonl")},
        format="multipart",
    )
    assert answer.status_code == 202, answer.content
    body = answer.json()
    assert body["state"] == "queued" and body["report"] is None and body["size"] == len(data)
    assert answer["Location"] == body["url"] == f"/api/v1/imports/{body['id']}/"
    assert body["cancel_url"] == f"/api/v1/imports/{body['id']}/cancel/"

    assert import_runs.run_import(body["id"]) == RunState.SUCCEEDED
    done = client.get(body["url"]).json()
    assert done["state"] == "succeeded", done
    assert (done["rows_read"], done["bytes_read"], done["progress"]) == (300, len(data), 1.0)
    assert done["report"]["created"] == 300 and done["report"]["redactions"] == {"NAME": 300, "PHONE": 300}
    assert Pair.objects.filter(campaign=campaign).count() == 300
    stored = Pair.objects.filter(campaign=campaign, external_id="p7").select_related("prompt").get()
    assert "张伟" not in stored.prompt.messages[0]["content"] and "[PHONE]" in stored.prompt.messages[0]["content"]
    assert not ImportRun.objects.get(pk=body["id"]).file  # the upload is not kept


def test_a_small_file_is_still_imported_in_the_request(campaign, admin):
    answer = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/",
        {"file": ContentFile(jsonl([pair(1)]), name="pairs.jsonl")},
        format="multipart",
    )
    assert answer.status_code == 201 and answer.json()["created"] == 1
    run = ImportRun.objects.get()  # recorded as a run, in the history with the background ones
    assert (run.pk, run.state, run.file.name) == (answer.json()["run"], RunState.SUCCEEDED, "")


def test_a_bad_line_after_several_chunks_leaves_nothing_and_is_named(campaign, small_chunks):
    rows = [pair(i) for i in range(400)]
    rows[372] = {"id": "p372", "prompt": "q", "response_a": "a"}  # line 373: no response_b
    run = queued(campaign, jsonl(rows))
    assert import_runs.run_import(run.pk) == RunState.FAILED
    run.refresh_from_db()
    assert run.error.startswith("Nothing was imported: 1 problem(s), first: line 373, field 'response_b'")
    assert run.report["errors"] == [
        {"line": 373, "field": "response_b", "message": "line 373, field 'response_b': is missing or empty"}
    ]
    assert run.rows_read == 399  # every row was read, the chunks before the bad one stored, then rolled back
    assert nothing_stored(campaign)


def test_a_csv_file_is_streamed_with_its_errors_by_row_and_column(campaign, small_chunks):
    lines = ["id,prompt,response_a,response_b"] + [f"c{i},question {i},answer a {i},answer b {i}" for i in range(200)]
    lines[151] = "c150,question 150,same,same"
    run = queued(campaign, "\n".join(lines).encode(), name="pairs.csv")
    assert import_runs.run_import(run.pk) == RunState.FAILED
    run.refresh_from_db()
    assert run.report["format"] == "csv"
    assert [(e["line"], e["field"]) for e in run.report["errors"]] == [(152, "response_b")]
    assert "line 152, column 'response_b'" in run.report["errors"][0]["message"]
    assert nothing_stored(campaign)


def test_many_bad_lines_are_counted_and_the_first_ones_listed(campaign, small_chunks):
    rows = [{"id": f"x{i}", "prompt": "q"} if i % 2 else pair(i) for i in range(500)]
    run = queued(campaign, jsonl(rows))
    import_runs.run_import(run.pk)
    run.refresh_from_db()
    assert run.report["error_count"] == 250 and len(run.report["errors"]) == importing.MAX_REPORTED_ERRORS
    assert run.report["errors"][0]["line"] == 2
    assert nothing_stored(campaign)


def test_progress_moves_while_the_file_is_read(campaign, small_chunks, monkeypatch):
    """Each chunk lingers longer than a beat, so the beats must carry the rows read so far."""
    import_records = importing.import_records

    def lingering(*args, progress, **kwargs):
        def heard(rows: int) -> None:
            progress(rows)
            time.sleep(3 * import_runs.JOIN_SECONDS)

        return import_records(*args, progress=heard, **kwargs)

    monkeypatch.setattr(importing, "import_records", lingering)
    run = queued(campaign, jsonl([pair(i) for i in range(600)]))
    seen: list[tuple[int, int]] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.append(tuple(ImportRun.objects.filter(pk=run.pk).values_list("rows_read", "bytes_read").get()))
            time.sleep(0.01)
        connection.close()

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        assert import_runs.run_import(run.pk) == RunState.SUCCEEDED
    finally:
        done.set()
        watcher.join()
    moving = sorted({rows for rows, _ in seen if 0 < rows < 600})
    assert len(moving) >= 2, seen[-5:]  # seen between the start and the end, more than once
    assert [b for _, b in seen] == sorted(b for _, b in seen)


def test_a_cancelled_import_leaves_nothing(campaign, small_chunks):
    run = queued(campaign, jsonl([pair(i) for i in range(3000)]))
    outcome = {}

    def body() -> None:
        outcome["state"] = import_runs.run_import(run.pk)
        connection.close()

    thread = threading.Thread(target=body)
    thread.start()
    deadline = time.time() + 60
    while not ImportRun.objects.filter(pk=run.pk, rows_read__gt=0).exists() and time.time() < deadline:
        time.sleep(0.02)
    assert import_runs.cancel_import(run.pk).cancel_requested
    thread.join(120)
    assert outcome["state"] == RunState.CANCELLED
    run.refresh_from_db()
    assert run.state == RunState.CANCELLED and 0 < run.rows_read < 3000
    assert nothing_stored(campaign)


def test_one_import_at_a_time_per_campaign(campaign, admin, artifacts_dir):
    first = queued(campaign, jsonl([pair(1)]))
    with pytest.raises(Conflict, match=f"import {first.pk}"):
        queued(campaign, jsonl([pair(2)]))
    answer = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/?background=true",
        {"file": ContentFile(jsonl([pair(2)]), name="pairs.jsonl")},
        format="multipart",
    )
    assert answer.status_code == 409
    assert import_runs.cancel_import(first.pk).state == RunState.CANCELLED
    assert queued(campaign, jsonl([pair(2)])).state == RunState.QUEUED


def test_a_queued_import_is_cancelled_through_the_api(campaign, admin, artifacts_dir):
    run = queued(campaign, jsonl([pair(1)]))
    answer = client_for(admin).post(f"/api/v1/imports/{run.pk}/cancel/")
    assert answer.status_code == 202 and answer.json()["state"] == "cancelled"
    assert import_runs.run_import(run.pk) is None  # the worker leaves a cancelled run alone
    assert nothing_stored(campaign)


def test_the_import_page_offers_the_background_and_the_words_to_follow_it(campaign, admin):
    html = page_client(admin).get(f"/console/campaigns/{campaign.pk}/import/").content.decode()
    assert 'id="in-background"' in html and "Cancel the import" in html and "rows read" in html


def test_a_file_is_not_imported_in_the_request_while_a_background_import_runs(campaign, admin, artifacts_dir):
    run = queued(campaign, jsonl([pair(1)]))
    answer = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/",
        {"file": ContentFile(jsonl([pair(2)]), name="pairs.jsonl")},
        format="multipart",
    )
    assert answer.status_code == 409 and f"import {run.pk}" in answer.json()["message"]
    assert nothing_stored(campaign)


@pytest.mark.timeout(300)
def test_a_celery_worker_imports_the_file_with_its_scrubbing_processes(campaign, admin, worker):  # noqa: F811
    client = client_for(admin)
    rows = [pair(i) for i in range(1200)]  # 1,200 distinct conversations: the worker forks its scrubbers
    answer = client.post(
        f"/api/v1/campaigns/{campaign.pk}/import/?background=true",
        {"file": ContentFile(jsonl(rows), name="pairs.jsonl")},
        format="multipart",
    )
    assert answer.status_code == 202, answer.content
    deadline = time.time() + 240
    while (body := client.get(answer.json()["url"]).json())["state"] in ("queued", "running"):
        assert time.time() < deadline, body
        time.sleep(0.5)
    assert body["state"] == "succeeded", (body, worker.log.read_text()[-3000:])
    assert body["report"]["created"] == 1200 and Pair.objects.filter(campaign=campaign).count() == 1200
    assert "scrubbing in this process" not in worker.log.read_text()  # the worker could fork its scrubbers
