"""Background imports (issue 15): a large file is imported by a worker, streamed, in one transaction.

The upload is stored in the artifact storage (`ImportRun.file`) and an `ImportRun` is queued
(medpref.core.runs: claim, heartbeat, cancel, reaper, as training jobs and freezes). The worker
reads the file a chunk at a time (`importing.import_records` over `formats.stream_records`), so its
memory does not grow with the file, and keeps today's rules: all or nothing (one transaction: a bad
line anywhere, a cancel or a dead worker leave nothing) and errors that name the line and field.

The import runs in a thread of its own, on its own database connection: the run's heartbeat, its
progress (bytes and rows read) and a cancel are written and read on the task's connection meanwhile,
outside the import's transaction, where pollers see them.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from django.core.files import File
from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext

from annotation.errors import Conflict
from annotation.formats import stream_records
from annotation.models import Campaign, ImportRun, User
from annotation.services import importing
from annotation.services.lifecycle import ensure_not_closed
from medpref.core import runs
from medpref.core.runs import ACTIVE_STATES, RunState

# Files above this size are imported in the background (the API's `background=true` asks for it at
# any size): 10,000 pairs of about 1 KB, about 9 MB, take 3 s in the request.
BACKGROUND_BYTES = 16 * 1024 * 1024
JOIN_SECONDS = 0.2


class Cancelled(Exception):
    """Raised in the import's thread to roll it back when the run is stopped."""


def background_available() -> bool:
    """Not on the SQLite embedded default (`make run`): an import holds SQLite's one write lock until
    it commits, so the run's heartbeat, progress and cancel, written beside it, would wait for it
    and fail ("database is locked"). There every file is imported in the request, as before."""
    return connection.vendor != "sqlite"


def wants_background(*, size: int, asked: bool) -> bool:
    return background_available() and (asked or size > BACKGROUND_BYTES)


def request_import(
    *,
    campaign: Campaign,
    upload: File,
    filename: str = "",
    user: User | None = None,
    mapping: dict[str, str] | None = None,
    save_mapping: bool = False,
) -> ImportRun:
    """Store the upload and queue its import for a worker; one import at a time per campaign."""
    ensure_not_closed(campaign, gettext("imports"))
    run = ImportRun(
        campaign=campaign,
        filename=(filename or getattr(upload, "name", "") or "")[:300],
        size=upload.size or 0,
        mapping=mapping,
        save_mapping=save_mapping,
        created_by=user,
    )
    run.file.save(f"{campaign.pk}-{uuid.uuid4().hex}.upload", upload, save=False)
    try:
        with transaction.atomic():
            run.save()
            runs.queue(run)
    except IntegrityError:
        run.file.delete(save=False)
        active = ImportRun.objects.filter(campaign=campaign, state__in=ACTIVE_STATES).first()
        raise Conflict(
            gettext("campaign %(name)s already has an import running (import %(id)s): wait for it or cancel it")
            % {"name": campaign.name, "id": active.pk if active else "?"}
        ) from None
    return run


def cancel_import(run_id: int) -> ImportRun | None:
    """Stop the run: a queued one at once, a running one within a heartbeat (rolled back: nothing
    stays). A cancel that reaches a running import once its last row is stored waits for its commit
    (both lock the run's row) and the run ends succeeded: everything was imported."""
    run, _ = runs.cancel(ImportRun, run_id)
    if run is not None and run.state == RunState.CANCELLED and run.file:
        run.file.delete(save=False)  # never started: its worker will leave it alone
        ImportRun.objects.filter(pk=run.pk).update(file="")
    return run


def run_import(run_id: int) -> str | None:
    """The body of the import task (annotation.tasks.run_import)."""
    return runs.execute(ImportRun, run_id, work, what="import", related=("campaign", "created_by"))


def work(run: ImportRun, watchdog: runs.Watchdog) -> dict:
    """Import in a thread while this one beats. Whatever stops the run here (a cancel, the time
    limit, a heartbeat that fails) stops the import and waits for it: it is rolled back unless it
    had already committed, and then the run says that everything was imported."""
    progress = {"stage": gettext("importing"), "bytes_read": 0, "rows_read": 0}
    watchdog.beat_fields = lambda: dict(progress)
    stop = threading.Event()
    outcome: dict[str, Any] = {}
    thread = threading.Thread(target=import_in_thread, args=(run, progress, stop, outcome), name=f"import-{run.pk}")
    thread.start()
    try:
        while thread.is_alive():
            watchdog.check()
            thread.join(JOIN_SECONDS)
    except BaseException as exc:
        stop.set()
        thread.join()
        report = outcome.get("report")
        if not (isinstance(exc, Exception) and report is not None and report.ok):
            raise
        # The import committed before the stop could reach it: the rows are there, and the run says so.
        why = (exc.reason or gettext("cancelled")) if isinstance(exc, runs.Stopped) else f"{type(exc).__name__}: {exc}"
        report.notes.append(
            gettext("The run was stopped (%(why)s) after the import had committed: every row above was imported.")
            % {"why": why}
        )
    finally:
        if not thread.is_alive():  # the import is over either way: the upload is not kept
            run.file.delete(save=False)
            ImportRun.objects.filter(pk=run.pk).update(file="")
    if "error" in outcome:
        raise outcome["error"]
    report = outcome["report"]
    ended = {"stage": "", "rows_read": progress["rows_read"], "bytes_read": run.size, "report": report.as_dict()}
    if not report.ok:
        raise runs.Stopped(
            RunState.FAILED,
            gettext("Nothing was imported: %(count)s problem(s), first: %(first)s")
            % {"count": report.error_count, "first": report.errors[0]["message"]},
            **ended,
        )
    return ended


def import_in_thread(run: ImportRun, progress: dict, stop: threading.Event, outcome: dict) -> None:
    """The import itself, on this thread's own database connection (closed at the end)."""
    try:
        with run.file.storage.open(run.file.name, "rb") as file:

            def heard(rows: int) -> None:
                progress["rows_read"], progress["bytes_read"] = rows, file.tell()
                stopped()

            def stopped() -> None:
                if stop.is_set():
                    raise Cancelled

            def before_commit() -> None:
                # The run's row, locked in the import's transaction: a cancel (runs.cancel locks it
                # too) either came before and is seen here, or waits for the commit and finds the
                # run succeeded. Nothing commits after a stop was asked.
                cancelled = (
                    ImportRun.objects.select_for_update()
                    .filter(pk=run.pk)
                    .values_list("cancel_requested", flat=True)
                    .first()
                )
                if cancelled or stop.is_set():
                    raise Cancelled

            outcome["report"] = importing.import_records(
                campaign=run.campaign,
                records=lambda: stream_records(file, run.filename),
                user=run.created_by,
                mapping=run.mapping,
                save_mapping=run.save_mapping,
                progress=heard,
                waiting=stopped,
                before_commit=before_commit,
                kept_errors=importing.MAX_REPORTED_ERRORS,
            )
    except Cancelled:
        outcome["cancelled"] = True
    except Exception as exc:  # noqa: BLE001 - the run fails with its reason (runs.execute)
        outcome["error"] = exc
    finally:
        connection.close()
