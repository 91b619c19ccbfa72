"""Background imports under stress (issue 15, the review's findings): a stop near the end leaves
nothing unless the import had committed (and then the run says it succeeded); a failing heartbeat
stops the import; scrubbing workers die when terminated whatever handler they inherited, and a dead
one refuses the import; files streamed in a legacy encoding are read as a request reads them; an
import racing another answers 409; on SQLite every file is imported in the request."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import OperationalError, connection

from annotation.errors import Conflict
from annotation.formats import RowInvalid, open_records, stream_records
from annotation.models import Campaign, ImportRun, Pair
from annotation.services import import_runs, importing
from medpref.core import runs
from medpref.core.runs import RunState
from tests.factories import client_for

ROOT = Path(__file__).resolve().parents[2]


def rows(count: int, start: int = 0) -> list[dict]:
    return [
        {"id": f"p{i}", "prompt": f"q{i}", "response_a": f"a{i}", "response_b": f"b{i}"} for i in range(start, count)
    ]


def jsonl(items: list[dict]) -> bytes:
    return "\n".join(json.dumps(item) for item in items).encode()


def queued(campaign: Campaign, data: bytes) -> ImportRun:
    return import_runs.request_import(campaign=campaign, upload=ContentFile(data, name="x.jsonl"), filename="x.jsonl")


def slow_last_chunk(monkeypatch, seconds: float) -> None:
    """Each chunk's scrub-and-store takes `seconds`: a stop arrives while the last one is stored."""
    real_add = importing.Tally.add

    def add(self, *args, **kwargs):
        time.sleep(seconds)
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(importing.Tally, "add", add)


def stored(campaign: Campaign) -> int:
    return Pair.objects.filter(campaign=campaign).count()


# --- a stop near the end -------------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_cancel_while_the_last_chunk_is_stored_leaves_nothing(campaign, settings, artifacts_dir, monkeypatch):
    settings.TRAINING_HEARTBEAT_SECONDS = 0
    run = queued(campaign, jsonl(rows(20)))
    slow_last_chunk(monkeypatch, 1.5)
    out = {}

    def body():
        out["state"] = import_runs.run_import(run.pk)
        connection.close()

    thread = threading.Thread(target=body)
    thread.start()
    deadline = time.monotonic() + 30
    while not ImportRun.objects.filter(pk=run.pk, rows_read__gt=0).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    import_runs.cancel_import(run.pk)
    thread.join(60)
    assert out["state"] == RunState.CANCELLED
    assert stored(campaign) == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_time_limit_while_the_last_chunk_is_stored_leaves_nothing(campaign, settings, artifacts_dir, monkeypatch):
    settings.TRAINING_TIME_LIMIT = 0.5
    run = queued(campaign, jsonl(rows(20)))
    slow_last_chunk(monkeypatch, 1.5)
    assert import_runs.run_import(run.pk) == RunState.FAILED
    run.refresh_from_db()
    assert "time limit exceeded" in run.error
    assert stored(campaign) == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_stop_once_the_import_committed_ends_the_run_succeeded_and_says_so(
    campaign, settings, artifacts_dir, monkeypatch
):
    settings.TRAINING_HEARTBEAT_SECONDS = 0
    run = queued(campaign, jsonl(rows(20)))
    real_import = importing.import_records

    def lingering(**kwargs):  # the thread lives on a moment after its commit
        report = real_import(**kwargs)
        time.sleep(1.0)
        return report

    def check(self, *, beat=False):  # the time limit, reached once the rows are committed
        if Pair.objects.filter(campaign=campaign).exists():
            raise runs.Stopped(RunState.FAILED, "time limit exceeded")

    monkeypatch.setattr(importing, "import_records", lingering)
    monkeypatch.setattr(runs.Watchdog, "check", check)
    assert import_runs.run_import(run.pk) == RunState.SUCCEEDED
    run.refresh_from_db()
    assert stored(campaign) == 20 and run.report["created"] == 20
    assert any(
        "time limit exceeded" in note and "after the import had committed" in note for note in run.report["notes"]
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_heartbeat_that_fails_stops_the_import_and_leaves_nothing(campaign, settings, artifacts_dir, monkeypatch):
    run = queued(campaign, jsonl(rows(20)))
    slow_last_chunk(monkeypatch, 1.0)

    def check(self, *, beat=False):
        raise OperationalError("database is locked")  # e.g. SQLite's busy timeout on the heartbeat

    monkeypatch.setattr(runs.Watchdog, "check", check)
    assert import_runs.run_import(run.pk) == RunState.FAILED
    run.refresh_from_db()
    assert "database is locked" in run.error
    time.sleep(1.5)  # a thread left running would have committed by now
    assert stored(campaign) == 0


# --- the scrubbing processes ---------------------------------------------------------------------

TERMINATED = textwrap.dedent(
    """
    import os, signal, sys, time
    import django
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medpref.settings")
    django.setup()
    from annotation.services import importing
    signal.signal(signal.SIGTERM, lambda *_: None)  # gunicorn's worker only notes the signal
    conversations = [(f"patient {i} called John Smith, phone 13812345678", f"answer {i}") for i in range(800)]
    try:
        with importing.Scrubber(processes=2) as scrubber:
            assert len(scrubber.submit(conversations).get()) == 800 and scrubber.pool is not None
            raise RuntimeError("the import failed")  # the pool is terminated
    except RuntimeError:
        print("terminated", flush=True)
    """
)


def test_scrubbing_workers_die_when_terminated_whatever_handler_they_inherited():
    child = subprocess.Popen(
        [sys.executable, "-c", TERMINATED],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the workers die with it (PR_SET_PDEATHSIG)
        child.communicate()
        pytest.fail("Pool.terminate() waited for scrubbing workers that ignored SIGTERM")
    assert child.returncode == 0 and "terminated" in out, err


def dying_scrub(conversations):
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would


@pytest.mark.timeout(120)
@pytest.mark.django_db
def test_a_scrubbing_worker_that_dies_refuses_the_import_with_the_reason(campaign, monkeypatch):
    monkeypatch.setattr(importing, "SCRUB_PROCESSES", 2)
    monkeypatch.setattr(importing, "scrub_many", dying_scrub)
    data = jsonl(rows(importing.POOL_MIN_CONVERSATIONS + 100))
    report = importing.import_file(campaign=campaign, data=data, filename="x.jsonl")
    assert not report.ok and report.created == 0
    assert "worker process died" in report.errors[0]["message"]
    assert stored(campaign) == 0


def never_answering(conversations):
    time.sleep(30)


def test_a_stop_is_heard_while_the_scrubbing_workers_work(monkeypatch):
    class Stop(Exception):
        pass

    asked = threading.Event()

    def waiting():
        asked.set()
        raise Stop

    monkeypatch.setattr(importing, "scrub_many", never_answering)
    started = time.monotonic()
    with pytest.raises(Stop), importing.Scrubber(processes=2, waiting=waiting) as scrubber:
        scrubber.submit([(f"text {i}",) for i in range(importing.POOL_MIN_CONVERSATIONS)]).get()
    assert asked.is_set() and time.monotonic() - started < 10


# --- encodings and line numbers of streamed files ------------------------------------------------


def readable(records) -> list[tuple]:
    return [(line, row.message if isinstance(row, RowInvalid) else row) for line, row in records.rows]


def test_a_streamed_windows_1252_file_whose_first_megabyte_is_ascii_is_read_as_a_request_reads_it():
    lines = ["id,prompt,response_a,response_b"] + [
        f"p{i},question {i},answer a {i},answer b {i}" for i in range(40_000)
    ]
    lines.append("p-last,café au lait?,oui,non")
    data = "\n".join(lines).encode("cp1252")
    assert len(data) > 1_100_000 and b"caf\xe9" in data
    streamed = stream_records(io.BytesIO(data), "pairs.csv")
    whole = open_records(data, "pairs.csv")
    assert streamed.encoding == whole.encoding == "cp1252"
    got = readable(streamed)
    assert got == readable(whole)
    assert got[-1] == (40_002, {"id": "p-last", "prompt": "café au lait?", "response_a": "oui", "response_b": "non"})


def read_or_refused(read) -> list[tuple] | str:
    try:
        return readable(read())
    except RowInvalid as exc:
        return exc.message


@pytest.mark.parametrize(
    ("text", "encoding"), [("问题", "utf-8"), ("question", "ascii")], ids=["chinese-utf8", "ascii"]
)
def test_a_streamed_csv_with_a_bad_byte_far_down_is_read_as_a_request_reads_it(text, encoding):
    """A bad byte on line 2501: the stream named line 2405 (its text reader reads ahead); now the
    file is refused or read in another encoding, exactly as in a request."""
    lines = ["id,prompt,response_a,response_b"] + [f"p{i},{text} {i},a {i},b {i}" for i in range(3000)]
    data = "\n".join(lines).encode(encoding)
    bad = data.index(b"p2499,")  # line 2501
    data = data[:bad] + b"\xff" + data[bad:]
    streamed = read_or_refused(lambda: stream_records(io.BytesIO(data), "pairs.csv"))
    assert streamed == read_or_refused(lambda: open_records(data, "pairs.csv"))
    if encoding == "ascii":  # read as Windows-1252: every row, the byte a character of line 2501
        assert len(streamed) == 3000 and streamed[2499][0] == 2501
    else:  # refused as a whole, with the byte named
        assert isinstance(streamed, str) and "not UTF-8" in streamed


# --- two imports at once -------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_import_that_loses_a_race_with_another_answers_409_and_leaves_nothing(campaign, admin, monkeypatch):
    data = jsonl(rows(5))
    assert importing.import_file(campaign=campaign, data=data, filename="x.jsonl").created == 5
    real_select = importing.select_new

    def blind(campaign, items, kind, *, before=None):  # looked before the other import committed
        return real_select(Campaign(pk=-1, name="elsewhere"), items, kind, before=before)

    monkeypatch.setattr(importing, "select_new", blind)
    more = jsonl(rows(8))
    with pytest.raises(Conflict, match="stored some of these rows meanwhile"):
        importing.import_file(campaign=campaign, data=more, filename="x.jsonl")
    answer = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/", {"file": ContentFile(more, name="x.jsonl")}, format="multipart"
    )
    assert answer.status_code == 409 and "import it again" in answer.json()["message"]
    assert stored(campaign) == 5
    run = ImportRun.objects.get()  # the request's import, recorded with the reason it failed
    assert run.state == RunState.FAILED and run.error == answer.json()["message"]


# --- SQLite, the embedded default ----------------------------------------------------------------


@pytest.mark.django_db
def test_on_sqlite_a_file_asked_in_the_background_is_imported_in_the_request(campaign, admin, artifacts_dir):
    sqlite = connection.vendor == "sqlite"
    assert import_runs.wants_background(size=1, asked=True) is not sqlite
    assert import_runs.wants_background(size=import_runs.BACKGROUND_BYTES + 1, asked=False) is not sqlite
    answer = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/?background=true",
        {"file": ContentFile(jsonl(rows(3)), name="x.jsonl")},
        format="multipart",
    )
    if sqlite:
        assert answer.status_code == 201 and answer.json()["created"] == 3
        assert stored(campaign) == 3 and ImportRun.objects.get().state == RunState.SUCCEEDED  # recorded all the same
    else:
        assert answer.status_code == 202 and answer.json()["state"] == "queued"
