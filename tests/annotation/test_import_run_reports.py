"""Imports read later (issue 15 follow-up): a run's report is read in the reader's language, whatever the
worker's, and old reports stored as text read as they were written; a campaign's past imports, those
of a request too, are listed, newest first, a page at a time, to admins only, and on the console's
import page."""

from __future__ import annotations

import json
import pickle
import threading
import time

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from annotation.models import Campaign, ImportRun, Pair
from annotation.services import import_runs, importing
from medpref.core import runs
from medpref.core.runs import RunState
from tests.factories import client_for, make_campaign, page_client

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
CHINESE = {"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}


def pair(i: int, **extra) -> dict:
    return {"id": f"p{i}", "prompt": f"头痛{i}天了怎么办？", "response_a": f"测血压{i}次。", "response_b": f"Rest {i} days.", **extra}  # fmt: skip


def jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def imported(campaign, rows: list[dict], *, language: str = "en", user=None, name: str = "pairs.jsonl") -> ImportRun:
    """Queue the file and run it as a worker whose language is `language`."""
    run = import_runs.request_import(
        campaign=campaign,
        upload=ContentFile(jsonl(rows), name=name),
        filename=name,
        options=importing.ImportOptions(user=user),
    )
    with translation.override(language):
        import_runs.run_import(run.pk)
    run.refresh_from_db()
    return run


def read(admin, run: ImportRun, language: dict) -> dict:
    answer = client_for(admin).get(f"/api/v1/imports/{run.pk}/", **language)
    assert answer.status_code == 200, answer.content
    return answer.json()


# --- the report in the reader's language ---------------------------------------------------------


def test_a_refused_import_by_a_chinese_worker_reads_in_english_and_in_chinese(campaign, admin, monkeypatch):
    monkeypatch.setattr(importing, "MAX_REPORTED_ERRORS", 1)  # two problems, one listed: the note says so
    rows = [pair(i) for i in range(10)]
    del rows[2]["response_b"], rows[6]["response_b"]
    run = imported(campaign, rows, language="zh-hans")
    assert run.state == RunState.FAILED
    assert run.report["errors"][0]["message"] == "第 3 行，字段“response_b”：缺失或为空"  # as the worker wrote it
    assert run.error.startswith("未导入任何数据：共 2 个问题")

    english = read(admin, run, ENGLISH)
    assert english["report"]["errors"] == [
        {"line": 3, "field": "response_b", "message": "line 3, field 'response_b': is missing or empty"}
    ]
    assert english["error"] == (
        "Nothing was imported: 2 problem(s), first: line 3, field 'response_b': is missing or empty"
    )
    assert english["report"]["errors_note"] == "Only the first 1 of 2 problems are listed; 1 more were left out."
    assert "$messages" not in english["report"]

    chinese = read(admin, run, CHINESE)
    assert chinese["report"]["errors"][0]["message"] == "第 3 行，字段“response_b”：缺失或为空"
    assert chinese["error"] == "未导入任何数据：共 2 个问题，第一个：第 3 行，字段“response_b”：缺失或为空"
    assert chinese["report"]["errors_note"] == "共 2 个问题，只列出前 1 个；其余 1 个未列出。"


def test_the_notes_and_warnings_of_an_english_worker_read_in_chinese(campaign, admin):
    importing.import_file(campaign=campaign, data=jsonl([pair(1)]), filename="first.jsonl")
    run = imported(campaign, [pair(1, response_b="Something else."), pair(2)], language="en", user=admin)
    assert run.state == RunState.SUCCEEDED
    assert run.report["notes"] == ["line 1: id p1 is already in the campaign, skipped"]

    chinese = read(admin, run, CHINESE)["report"]
    assert (chinese["created"], chinese["skipped"]) == (1, 1)
    assert chinese["notes"] == ["第 1 行：id p1 已在任务中，已跳过"]
    assert (
        chinese["warnings"][0].startswith("有 1 个 id 已在任务中，但本文件中的文本不同")
        and "p1" in chinese["warnings"][0]
    )
    english = read(admin, run, ENGLISH)["report"]
    assert english["notes"] == run.report["notes"] and english["warnings"][0].startswith(
        "1 id(s) already in the campaign"
    )


def test_an_import_that_loses_a_race_says_so_in_the_readers_language(campaign, admin, monkeypatch):
    importing.import_file(campaign=campaign, data=jsonl([pair(1)]), filename="first.jsonl")
    real_select = importing.select_new

    def blind(campaign, items, kind, *, before=None):  # looked before the other import committed
        return real_select(Campaign(pk=-1, name="elsewhere"), items, kind, before=before)

    monkeypatch.setattr(importing, "select_new", blind)
    run = imported(campaign, [pair(1), pair(2)], language="zh-hans")
    assert run.state == RunState.FAILED and run.error.startswith("与此同时，另一次导入")
    english = read(admin, run, ENGLISH)
    assert english["report"] is None
    assert english["error"].startswith(f"another import into campaign {campaign.name} stored some of these rows")
    assert (english["stage"], english["rows_read"]) == ("", 2)  # it says it ended, and how far it read


def test_a_stop_after_the_commit_is_noted_in_the_readers_language(campaign, admin, settings, monkeypatch):
    settings.TRAINING_HEARTBEAT_SECONDS = 0
    real_import = importing.import_records

    def lingering(**kwargs):  # the thread lives on a moment after its commit
        report = real_import(**kwargs)
        time.sleep(1.0)
        return report

    def check(self, *, beat=False):  # a cancel, heard once the rows are committed
        if Pair.objects.filter(campaign=campaign).exists():
            raise runs.Stopped(RunState.CANCELLED)

    monkeypatch.setattr(importing, "import_records", lingering)
    monkeypatch.setattr(runs.Watchdog, "check", check)
    run = imported(campaign, [pair(1), pair(2)], language="en")
    assert run.state == RunState.SUCCEEDED
    assert run.report["notes"][-1].startswith("The run was stopped (cancelled) after the import had committed")
    chinese = read(admin, run, CHINESE)["report"]
    assert chinese["notes"][-1] == "运行在导入提交之后才被停止（已取消）：上述所有行均已导入。"


def test_a_value_json_cannot_hold_is_refused_and_the_run_ends(campaign, admin):
    """NaN and Infinity are refused with the value in the message; the stored report keeps it as
    text, since JSON (and PostgreSQL's jsonb) has no such numbers: the run ends at once."""
    body = (
        b'{"id": "p1", "prompt": "q", "response_a": "a", "response_b": "b", "meta": {"score": NaN}}\n'
        b'{"id": "p2", "prompt": "q", "response_a": "a", "response_b": "b", "meta": {"score": -Infinity}}\n'
    )
    run = import_runs.request_import(
        campaign=campaign, upload=ContentFile(body, name="nan.jsonl"), filename="nan.jsonl"
    )
    assert import_runs.run_import(run.pk) == RunState.FAILED
    run.refresh_from_db()
    assert run.error.startswith("Nothing was imported: 2 problem(s)")
    messages = [error["message"] for error in read(admin, run, ENGLISH)["report"]["errors"]]
    assert "nan" in messages[0] and "-inf" in messages[1]


def test_reading_a_report_in_another_language_leaves_the_stored_one_as_it_was(campaign):
    rows = [pair(1), {"id": "bad", "prompt": "q", "response_a": "a"}]
    run = imported(campaign, rows, language="zh-hans")
    stored = json.loads(json.dumps(run.report))
    with translation.override("en"):
        assert "is missing or empty" in import_runs.report_of(run)["errors"][0]["message"]
    assert run.report == stored


def test_a_report_stored_as_text_by_an_older_worker_reads_as_it_was_written(campaign, admin):
    report = {"created": 0, "skipped": 0, "errors": [{"line": 2, "field": "prompt", "message": "line 2, field 'prompt': is missing or empty"}], "error_count": 1, "notes": ["a note"]}  # fmt: skip
    run = ImportRun.objects.create(
        campaign=campaign, state=RunState.FAILED, error="Nothing was imported: 1 problem(s), first: ...", report=report
    )
    for language in (ENGLISH, CHINESE):
        body = read(admin, run, language)
        assert body["report"] == report and body["error"] == run.error


def test_a_message_whose_translation_does_not_fit_keeps_the_text_it_was_stored_with(campaign):
    """A parameter the msgid does not name (a catalog edited since, a hand-made row): the text stays."""
    stored = {
        "notes": ["as written", "second"],
        "$messages": {
            "report": [
                [["notes", 0], {"msgid": "line %(line)s", "params": {"row": 3}}],
                [["notes", 5], {"msgid": "file"}],  # a path the report does not have
                [["notes", 1], {"msgid": "line %(line)s", "params": {"line": {"msgid": "file", "params": [1]}}}],
            ],
            "error": {"msgid": 42},
        },
    }
    run = ImportRun(campaign=campaign, state=RunState.FAILED, error="the text", report=stored)
    with translation.override("zh-hans"):
        assert import_runs.report_of(run) == {"notes": ["as written", "second"]}
        assert import_runs.error_of(run) == "the text"


def test_a_message_is_recorded_with_its_parameters_and_translated_again(campaign):
    with import_runs.recording("zh-hans"):
        where = translation.gettext("line %(line)s") % {"line": 7}
        message = translation.gettext("%(where)s: %(message)s") % {"where": where, "message": "x"}
    assert message == "第 7 行：x" and translation.get_language() == "en"  # the thread's language is back
    assert pickle.loads(pickle.dumps(message)).as_json() == message.as_json()  # as it crosses to a process
    stored = import_runs.stored_report({"notes": [message, "plain"]}, error=where)
    assert stored["notes"] == ["第 7 行：x", "plain"]
    run = ImportRun(campaign=campaign, report=stored)
    assert import_runs.report_of(run) == {"notes": ["line 7: x", "plain"]}
    assert import_runs.error_of(run) == "line 7"


def test_the_stage_of_a_running_import_reads_in_the_readers_language(campaign):
    run = ImportRun(campaign=campaign, state=RunState.RUNNING, stage="importing")
    assert import_runs.stage_of(run) == "importing"
    with translation.override("zh-hans"):
        assert import_runs.stage_of(run) == "正在导入"


# --- the campaign's imports ----------------------------------------------------------------------


def ended(campaign, filename: str, **fields) -> ImportRun:
    return ImportRun.objects.create(campaign=campaign, filename=filename, state=RunState.SUCCEEDED, **fields)


def test_a_campaign_without_imports_has_an_empty_history(campaign, admin):
    answer = client_for(admin).get(f"/api/v1/campaigns/{campaign.pk}/imports/")
    assert answer.status_code == 200
    assert answer.json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_the_history_lists_a_finished_import_with_who_what_and_how_it_went(campaign, admin):
    run = imported(campaign, [pair(1), pair(2), pair(2)], user=admin)
    [line] = client_for(admin).get(f"/api/v1/campaigns/{campaign.pk}/imports/").json()["results"]
    assert line["id"] == run.pk and line["state"] == "succeeded" and line["created_by"] == admin.username
    assert (line["filename"], line["size"], line["rows_read"]) == ("pairs.jsonl", run.size, 3)
    assert (line["rows_created"], line["rows_skipped"], line["error_count"]) == (2, 1, 0)
    assert line["duration"] == pytest.approx((run.finished_at - run.started_at).total_seconds(), abs=0.001)
    assert line["url"] == f"/api/v1/imports/{run.pk}/" and "report" not in line

    rows = [pair(3), {"id": "bad"}, pair(4)]
    failed = imported(campaign, rows)
    newest = client_for(admin).get(f"/api/v1/campaigns/{campaign.pk}/imports/").json()["results"][0]
    assert (newest["id"], newest["state"], newest["error_count"], newest["rows_created"]) == (failed.pk, "failed", 1, 0)
    assert newest["created_by"] is None


def test_the_history_is_paginated_newest_first_and_holds_only_this_campaign(campaign, admin):
    other = make_campaign("Other")
    runs = [ended(campaign, f"file{i}.jsonl") for i in range(5)]
    ended(other, "elsewhere.jsonl")
    queued = ImportRun.objects.create(campaign=campaign, filename="waiting.jsonl")  # not started: no counts yet
    client = client_for(admin)
    first = client.get(f"/api/v1/campaigns/{campaign.pk}/imports/?page_size=4").json()
    assert first["count"] == 6 and first["next"] and first["previous"] is None
    assert [line["id"] for line in first["results"]] == [queued.pk, runs[4].pk, runs[3].pk, runs[2].pk]
    assert first["results"][0]["duration"] is None and first["results"][0]["rows_created"] is None
    second = client.get(first["next"]).json()
    assert [line["id"] for line in second["results"]] == [runs[1].pk, runs[0].pk] and second["next"] is None


def test_listing_imports_takes_the_same_queries_for_two_runs_or_twenty(campaign, admin, annotator):
    client = client_for(admin)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/v1/campaigns/{campaign.pk}/imports/").status_code == 200
        return len(captured)

    queries()  # the first request of the test also records the admin's activity (then not for minutes)
    for i in range(2):
        ended(campaign, f"a{i}.jsonl", created_by=admin, report={"created": 1, "errors": ["x"] * 50})
    few = queries()
    for i in range(18):
        ended(campaign, f"b{i}.jsonl", created_by=annotator if i % 2 else admin, report={"created": 1})
    assert queries() == few


def test_only_admins_see_a_campaigns_imports(campaign, admin, expert, annotator):
    ended(campaign, "pairs.jsonl")
    url = f"/api/v1/campaigns/{campaign.pk}/imports/"
    assert client_for(expert).get(url).status_code == 403
    assert client_for(annotator).get(url).status_code == 403
    assert client_for(None).get(url).status_code in (401, 403)
    assert client_for(admin).get(f"/api/v1/campaigns/{campaign.pk + 1000}/imports/").status_code == 404


# --- imports in a request are runs too ----------------------------------------------------------


def post_file(admin, campaign, rows: list[dict], name: str = "pairs.jsonl", **headers):
    """An import in the request, as the console's page sends a small file."""
    data = {"file": ContentFile(jsonl(rows), name=name)}
    return client_for(admin).post(f"/api/v1/campaigns/{campaign.pk}/import/", data, format="multipart", **headers)


def history(admin, campaign) -> list[dict]:
    return client_for(admin).get(f"/api/v1/campaigns/{campaign.pk}/imports/").json()["results"]


def test_an_import_in_the_request_is_in_the_history_with_the_report_it_answered(campaign, admin):
    answer = post_file(admin, campaign, [pair(1), pair(2), pair(2)], name="ward-3.jsonl")
    assert answer.status_code == 201, answer.content
    body = answer.json()
    [line] = history(admin, campaign)
    assert (body["run"], body["run_url"]) == (line["id"], line["url"]) == (line["id"], f"/api/v1/imports/{line['id']}/")
    assert (line["state"], line["created_by"], line["filename"]) == ("succeeded", admin.username, "ward-3.jsonl")
    size = len(jsonl([pair(1), pair(2), pair(2)]))
    assert (line["size"], line["rows_read"], line["rows_created"], line["rows_skipped"], line["error_count"]) == (
        size, 3, 2, 1, 0
    )  # fmt: skip
    assert line["duration"] is not None and line["duration"] >= 0
    run = read(admin, ImportRun.objects.get(pk=line["id"]), ENGLISH)
    assert run["report"] == {key: value for key, value in body.items() if key not in ("run", "run_url")}
    assert (run["progress"], run["bytes_read"], run["stage"], run["error"]) == (1.0, size, "", "")

    again = post_file(admin, campaign, [pair(1)]).json()
    assert [line["id"] for line in history(admin, campaign)] == [again["run"], body["run"]]  # newest first
    assert (again["created"], again["skipped"]) == (0, 1)


def test_a_refused_import_in_the_request_is_a_failed_run_whose_errors_read_in_any_language(campaign, admin):
    answer = post_file(admin, campaign, [pair(1), {"id": "bad", "prompt": "q", "response_a": "a"}], **ENGLISH)
    assert answer.status_code == 400
    body = answer.json()
    [line] = history(admin, campaign)
    assert (line["id"], line["state"], line["error_count"], line["rows_created"]) == (body["run"], "failed", 1, 0)
    run = ImportRun.objects.get(pk=body["run"])
    english = read(admin, run, ENGLISH)
    assert english["error"] == body["message"] and english["report"]["errors"] == body["errors"]
    chinese = read(admin, run, CHINESE)
    assert "第 2 行，字段“response_b”：缺失或为空" in chinese["report"]["errors"][0]["message"]
    assert "未导入任何数据" in chinese["error"]
    assert not Pair.objects.filter(campaign=campaign).exists()


def test_an_import_refused_before_it_starts_leaves_no_run(campaign, admin, artifacts_dir):
    running = import_runs.request_import(campaign=campaign, upload=ContentFile(jsonl([pair(1)]), name="big.jsonl"))
    answer = post_file(admin, campaign, [pair(2)])
    assert answer.status_code == 409 and f"import {running.pk}" in answer.json()["message"]
    import_runs.cancel_import(running.pk)
    Campaign.objects.filter(pk=campaign.pk).update(status="closed")
    assert post_file(admin, campaign, [pair(2)]).status_code == 409
    assert list(ImportRun.objects.values_list("pk", flat=True)) == [running.pk]


def test_while_a_request_imports_its_run_is_running_and_a_second_import_is_refused_naming_it(
    campaign, admin, monkeypatch
):
    seen = {}
    real = importing.import_records

    def watched(**kwargs):
        run = ImportRun.objects.get()
        seen["run"] = (run.pk, run.state, run.stage, run.created_by_id, run.heartbeat_at is not None)
        seen["second"] = post_file(admin, campaign, [pair(9)])
        return real(**kwargs)

    monkeypatch.setattr(importing, "import_records", watched)
    body = post_file(admin, campaign, [pair(1)]).json()
    assert seen["run"] == (body["run"], RunState.RUNNING, "importing", admin.pk, True)
    assert seen["second"].status_code == 409 and f"import {body['run']}" in seen["second"].json()["message"]
    assert ImportRun.objects.get().state == RunState.SUCCEEDED and body["created"] == 1


def test_an_import_in_the_request_beats_and_a_cancel_rolls_it_back(campaign, admin, monkeypatch, settings):
    """The beat comes from another thread on its own connection, so the reaper sees a live request."""
    settings.TRAINING_HEARTBEAT_SECONDS = 0
    real = importing.import_records
    beats = []

    def cancelled_once_it_beat(**kwargs):
        run = ImportRun.objects.get()
        deadline = time.monotonic() + 20
        while run.heartbeat_at == run.started_at and time.monotonic() < deadline:
            time.sleep(0.05)
            run.refresh_from_db()
        beats.append(run.heartbeat_at > run.started_at)
        assert runs.cancel(ImportRun, run.pk)[1] is True  # as the run's page does
        beat = f"import-{run.pk}-beat"
        while any(t.name == beat for t in threading.enumerate()) and time.monotonic() < deadline:
            time.sleep(0.05)  # the beat thread heard the cancel and ended
        return real(**kwargs)

    def last_look(run, stop):
        raise AssertionError("stopped by the last look, not by the beat thread")

    monkeypatch.setattr(importing, "import_records", cancelled_once_it_beat)
    monkeypatch.setattr(import_runs, "last_look", last_look)
    answer = post_file(admin, campaign, [pair(i) for i in range(5)])
    assert beats == [True]
    run = ImportRun.objects.get()
    assert answer.status_code == 409 and answer.json()["message"] == (
        f"import {run.pk} was stopped (cancelled): nothing was imported"
    )
    assert (run.state, run.error, run.report) == (RunState.CANCELLED, "", None) and run.finished_at
    assert not Pair.objects.filter(campaign=campaign).exists()


def test_an_import_in_the_request_that_breaks_fails_its_run_with_the_reason(campaign, admin, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importing, "import_records", broken)
    with pytest.raises(RuntimeError):
        post_file(admin, campaign, [pair(1)])
    run = ImportRun.objects.get()
    assert (run.state, run.error) == (RunState.FAILED, "RuntimeError: disk on fire") and run.finished_at


# --- the console ---------------------------------------------------------------------------------


def test_the_import_page_lists_past_imports_linking_to_their_reports(campaign, admin):
    page = page_client(admin).get(f"/console/campaigns/{campaign.pk}/import/").content.decode()
    assert 'id="import-history"' in page and "No import yet" in page

    rows = [pair(1), {"id": "bad"}]
    run = imported(campaign, rows, user=admin, name="ward-7.jsonl")
    page = page_client(admin).get(f"/console/campaigns/{campaign.pk}/import/").content.decode()
    assert "No import yet" not in page
    assert f'href="/console/imports/{run.pk}/"' in page and "ward-7.jsonl" in page and admin.username in page


def test_the_run_page_shows_the_report_in_the_readers_language(campaign, admin):
    rows = [pair(1), {"id": "bad", "prompt": "q", "response_a": "a"}]
    run = imported(campaign, rows, language="en", user=admin)
    page = page_client(admin, **CHINESE).get(f"/console/imports/{run.pk}/").content.decode()
    assert "第 2 行，字段“response_b”：缺失或为空" in page and "未导入任何数据" in page
    assert "is missing or empty" not in page
    english = page_client(admin, **ENGLISH).get(f"/console/imports/{run.pk}/").content.decode()
    assert "line 2, field &#x27;response_b&#x27;: is missing or empty" in english


def test_the_run_page_cancels_a_queued_import_and_is_for_admins(campaign, admin, expert):
    run = import_runs.request_import(campaign=campaign, upload=ContentFile(jsonl([pair(1)]), name="p.jsonl"))
    assert page_client(expert).get(f"/console/imports/{run.pk}/").status_code == 403
    browser = page_client(admin)
    assert 'id="import-cancel"' in browser.get(f"/console/imports/{run.pk}/").content.decode()
    assert browser.post(f"/console/imports/{run.pk}/").status_code == 302
    run.refresh_from_db()
    assert run.state == RunState.CANCELLED
    page = browser.get(f"/console/imports/{run.pk}/").content.decode()
    assert 'id="import-cancel"' not in page and "The import was cancelled; nothing was imported." in page
    again = browser.post(f"/console/imports/{run.pk}/", follow=True).content.decode()
    assert "already ended: there is nothing to cancel" in again and "Cancel requested" not in again


def test_an_import_in_a_request_stopped_by_the_server_says_so(campaign, admin, monkeypatch):
    def stopped(**kwargs):
        raise SystemExit(1)  # what gunicorn's worker timeout does to the request

    monkeypatch.setattr(importing, "import_records", stopped)
    with pytest.raises(SystemExit):
        post_file(admin, campaign, [pair(1)])
    run = ImportRun.objects.get()
    assert run.state == RunState.FAILED
    assert "stopped the request at its time limit: nothing was imported" in run.error and "SystemExit" not in run.error


def test_where_a_request_holds_the_write_lock_its_import_is_not_offered_a_cancel(campaign, admin, monkeypatch):
    """SQLite: an import in a request holds the one write lock until it commits, so a cancel would wait for
    it and then mark an import that succeeded; it is refused, and the page offers none."""
    run = ImportRun.objects.create(campaign=campaign, filename="p.jsonl", state=RunState.RUNNING, created_by=admin)
    monkeypatch.setattr(import_runs, "background_available", lambda: False)
    answer = client_for(admin).post(f"/api/v1/imports/{run.pk}/cancel/")
    assert answer.status_code == 409 and "cannot be cancelled here" in answer.content.decode()
    browser = page_client(admin)
    assert 'id="import-cancel"' not in browser.get(f"/console/imports/{run.pk}/").content.decode()
    refused = browser.post(f"/console/imports/{run.pk}/", follow=True).content.decode()
    assert "cannot be cancelled here" in refused and "Cancel requested" not in refused
    run.refresh_from_db()
    assert run.state == RunState.RUNNING and not run.cancel_requested
