"""Background imports (issue 15): a large file is imported by a worker, streamed, in one transaction.

The upload is stored in the artifact storage (`ImportRun.file`) and an `ImportRun` is queued
(medpref.core.runs: claim, heartbeat, cancel, reaper, as training jobs and freezes). The worker
reads the file a chunk at a time (`importing.import_records` over `formats.stream_records`), so its
memory does not grow with the file, and keeps today's rules: all or nothing (one transaction: a bad
line anywhere, a cancel or a dead worker leave nothing) and errors that name the line and field.

The import runs in a thread of its own, on its own database connection: the run's heartbeat, its
progress (bytes and rows read) and a cancel are written and read on the task's connection meanwhile,
outside the import's transaction, where pollers see them.

A file imported in the request (`import_now`: the API's and the console's small files, `manage.py
import_pairs`) is recorded as a run too, so the history lists every import: it runs in the request,
on the request's connection, while another thread beats for it (and hears a cancel), and ends as a
background run ends, with the same report.

The report is read later, by someone else, in their language: while the worker imports, every message
it translates is also recorded as its msgid and parameters (`recording`), and the stored report keeps
them beside its text (`REPORT_MESSAGES`), so that `report_of` and `error_of` translate it again for the
reader; a run stored without them (older ones) reads as it was written.
"""

from __future__ import annotations

import copy
import logging
import math
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.files import File
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop, ngettext, pgettext, trans_real

from annotation.errors import Conflict, ServiceError
from annotation.formats import open_records, stream_records
from annotation.models import Campaign, ImportRun
from annotation.services import importing
from annotation.services.importing import NO_OPTIONS, ImportOptions
from annotation.services.lifecycle import ensure_not_closed
from medpref.core import runs
from medpref.core.runs import ACTIVE_STATES, RunState

log = logging.getLogger(__name__)

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
    options: ImportOptions = NO_OPTIONS,
) -> ImportRun:
    """Store the upload and queue its import for a worker; one import at a time per campaign."""
    ensure_not_closed(campaign, gettext("imports"))
    run = ImportRun(
        campaign=campaign,
        filename=(filename or getattr(upload, "name", "") or "")[:300],
        size=upload.size or 0,
        **run_fields(options),
    )
    run.file.save(f"{campaign.pk}-{uuid.uuid4().hex}.upload", upload, save=False)
    try:
        with transaction.atomic():
            run.save()
            runs.queue(run)
    except IntegrityError:
        run.file.delete(save=False)
        raise already_importing(campaign) from None
    return run


def already_importing(campaign: Campaign) -> Conflict:
    """The refusal of a second import while one runs (one_active_import_per_campaign), naming it."""
    active = ImportRun.objects.filter(campaign=campaign, state__in=ACTIVE_STATES).first()
    return Conflict(
        gettext("campaign %(name)s already has an import running (import %(id)s): wait for it or cancel it")
        % {"name": campaign.name, "id": active.pk if active else "?"}
    )


def run_fields(options: ImportOptions) -> dict[str, Any]:
    """The run's fields that keep the import's options until a worker reads them (`options_of`)."""
    return {"created_by": options.user, "mapping": options.mapping, "save_mapping": options.save_mapping}


def options_of(run: ImportRun) -> ImportOptions:
    """The options the run was asked with (`run_fields`)."""
    return ImportOptions(user=run.created_by, mapping=run.mapping, save_mapping=run.save_mapping)


def import_now(
    *,
    campaign: Campaign,
    data: bytes,
    filename: str = "",
    options: ImportOptions = NO_OPTIONS,
) -> tuple[ImportRun, importing.ImportReport]:
    """Import the file in this request, recorded as a run: running while it imports (a second import
    gets 409 naming it), then succeeded with the report or failed with its errors or reason, as a
    background run ends. A refusal before it starts (a closed campaign, an import running) leaves no
    run. A cancel or the time limit rolls it back and raises Conflict; so does a race with another
    import (after the run records it)."""
    ensure_not_closed(campaign, gettext("imports"))
    now = timezone.now()
    run = ImportRun(
        campaign=campaign,
        filename=filename[:300],
        size=len(data),
        **run_fields(options),
        state=RunState.RUNNING,
        stage=gettext_noop("importing"),
        started_at=now,
        heartbeat_at=now,
        worker_host=socket.gethostname(),
    )
    try:
        with transaction.atomic():
            run.save()
    except IntegrityError:
        raise already_importing(campaign) from None
    rows = [0]
    language = translation.get_language() or settings.LANGUAGE_CODE
    try:
        with beating(run, lambda: {"rows_read": rows[0]}) as stop, recording(language):

            def heard(count: int) -> None:
                rows[0] = count
                stopped()

            def stopped() -> None:
                if stop.is_set():
                    raise Cancelled

            report = importing.import_records(
                campaign=campaign,
                records=lambda: open_records(data, filename),
                options=options,
                progress=heard,
                waiting=stopped,
                before_commit=lambda: last_look(run, stop),
            )
            error = None if report.ok else refused(report)  # recorded, to be read in another language
    except Cancelled:
        end(run, stop.outcome.state, error=stop.outcome.reason, rows_read=rows[0])  # as a background run ends
        why = stop.outcome.reason or gettext("cancelled")
        raise Conflict(
            gettext("import %(id)s was stopped (%(why)s): nothing was imported") % {"id": run.pk, "why": why}
        ) from None
    except ServiceError as exc:  # e.g. another import stored some of these rows meanwhile: its sentence
        end(run, RunState.FAILED, error=str(exc.message), report=stored_report(None, error=exc.message))
        raise
    except BaseException as exc:
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()  # a broken connection: end() opens a new one
        end(run, RunState.FAILED, error=why_it_stopped(exc))
        raise
    ended = {"rows_read": rows[0], "bytes_read": run.size}
    if error is not None:
        end(run, RunState.FAILED, error=str(error), report=stored_report(report.as_dict(), error=error), **ended)
    else:
        end(run, RunState.SUCCEEDED, report=stored_report(report.as_dict()), **ended)
    return run, report


def why_it_stopped(exc: BaseException) -> str:
    """An unexpected end of an import in a request, as its run says it."""
    if isinstance(exc, SystemExit):  # gunicorn's worker timeout (WEB_TIMEOUT) ends the request so
        return gettext(
            "the server stopped the request at its time limit: nothing was imported; import the file in the background"
        )
    return f"{type(exc).__name__}: {exc}"


def refused(report: importing.ImportReport) -> str:
    """Why nothing was imported, as a run and the API's answer say it."""
    return gettext("Nothing was imported: %(count)s problem(s), first: %(first)s") % {
        "count": report.error_count,
        "first": report.errors[0]["message"],
    }


def end(run: ImportRun, state: str, **fields) -> None:
    """Finish a run imported in a request (runs.finish), and its instance with it. A run must end
    even when its reason or report cannot be stored (a lone surrogate quoted from the file, say):
    left running, it would refuse the campaign's next imports (409) until the reaper came."""
    fields = {"stage": "", **fields}
    if isinstance(fields.get("error"), str):
        fields["error"] = storable(fields["error"])
    try:
        with transaction.atomic():
            runs.finish(run, state, **fields)
    except (DatabaseError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        log.warning("import run %s: storing how it ended failed (%s); ending it without its report", run.pk, exc)
        reason = "" if state == RunState.SUCCEEDED else storable(why_it_stopped(exc), limit=200)
        kept = {name: value for name, value in fields.items() if name in ("rows_read", "bytes_read")}
        if reason:
            reason = gettext("the import failed and its reason could not be stored: %(why)s") % {"why": reason}
        runs.finish(run, state, stage="", error=reason, **kept)
    run.refresh_from_db()


def storable(text: str, limit: int | None = None) -> str:
    """`text` as every database stores it: NUL and lone surrogates written as escapes."""
    text = text.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")
    return text if limit is None else text[:limit]


class Beat(threading.Event):
    """Set when the run must stop; `outcome` says why: cancelled (also when only `last_look` saw the
    cancel), or the time limit."""

    outcome = runs.Stopped(RunState.CANCELLED)


@contextmanager
def beating(run: ImportRun, fields: Callable[[], dict]) -> Iterator[Beat]:
    """While this thread imports: the run's heartbeat, with `fields`, from another thread on its own
    connection (outside the import's transaction, where the reaper and pollers see it; a request that
    died stops beating and the reaper fails its run), and its cancel and time limit, which set the
    event. Not on SQLite (`background_available`): its one write lock is the import's."""
    stop, done = Beat(), threading.Event()
    watchdog = runs.Watchdog(run, what="import", beat_fields=fields)
    watchdog.next_beat = time.monotonic() + settings.TRAINING_HEARTBEAT_SECONDS  # it beat as it was created

    def beat() -> None:
        try:
            while not done.wait(JOIN_SECONDS):
                try:
                    watchdog.check()
                except runs.Stopped:
                    raise
                except Exception:  # noqa: BLE001 - a dropped connection: the next beat reconnects
                    log.warning("import %s: a heartbeat failed; trying again", run.pk, exc_info=True)
                    connection.close()
        except runs.Stopped as stopped:
            stop.outcome = stopped
            stop.set()
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name=f"import-{run.pk}-beat", daemon=True)
    if background_available():
        thread.start()
    try:
        yield stop
    finally:
        done.set()
        if thread.is_alive():
            thread.join()


def cancel_import(run_id: int) -> ImportRun | None:
    """Stop the run: a queued one at once, a running one within a heartbeat (rolled back: nothing
    stays). A cancel that reaches a running import once its last row is stored waits for its commit
    (both lock the run's row) and the run ends succeeded: everything was imported."""
    if not background_available() and ImportRun.objects.filter(pk=run_id, state=RunState.RUNNING).exists():
        # SQLite: the import in a request holds the one write lock the cancel needs until it commits.
        raise Conflict(gettext("an import in a request cannot be cancelled here (SQLite): it ends with its request"))
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
    language = translation.get_language() or settings.LANGUAGE_CODE  # the worker's: the report's text as stored
    progress = {"stage": gettext_noop("importing"), "bytes_read": 0, "rows_read": 0}  # translated when read
    watchdog.beat_fields = lambda: dict(progress)
    stop = threading.Event()
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=import_in_thread, args=(run, language, progress, stop, outcome), name=f"import-{run.pk}"
    )
    thread.start()
    with recording(language):
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
            why = (
                (exc.reason or gettext("cancelled"))
                if isinstance(exc, runs.Stopped)
                else f"{type(exc).__name__}: {exc}"
            )
            report.notes.append(
                gettext("The run was stopped (%(why)s) after the import had committed: every row above was imported.")
                % {"why": why}
            )
        finally:
            if not thread.is_alive():  # the import is over either way: the upload is not kept
                run.file.delete(save=False)
                ImportRun.objects.filter(pk=run.pk).update(file="")
        ended = {"stage": "", "rows_read": progress["rows_read"], "bytes_read": run.size}
        if isinstance(error := outcome.get("error"), ServiceError):  # e.g. a race with another import: its sentence
            raise runs.Stopped(
                RunState.FAILED, str(error.message), **ended, report=stored_report(None, error=error.message)
            )
        if error is not None:
            raise error
        report = outcome["report"]
        if not report.ok:
            error = refused(report)
            raise runs.Stopped(
                RunState.FAILED, str(error), **ended, report=stored_report(report.as_dict(), error=error)
            )
        return {**ended, "report": stored_report(report.as_dict())}


def import_in_thread(run: ImportRun, language: str, progress: dict, stop: threading.Event, outcome: dict) -> None:
    """The import itself, on this thread's own database connection (closed at the end)."""
    try:
        with recording(language), run.file.storage.open(run.file.name, "rb") as file:

            def heard(rows: int) -> None:
                progress["rows_read"], progress["bytes_read"] = rows, file.tell()
                stopped()

            def stopped() -> None:
                if stop.is_set():
                    raise Cancelled

            outcome["report"] = importing.import_records(
                campaign=run.campaign,
                records=lambda: stream_records(file, run.filename),
                options=options_of(run),
                progress=heard,
                waiting=stopped,
                before_commit=lambda: last_look(run, stop),
                kept_errors=importing.MAX_REPORTED_ERRORS,
            )
    except Cancelled:
        outcome["cancelled"] = True
    except Exception as exc:  # noqa: BLE001 - the run fails with its reason (runs.execute)
        outcome["error"] = exc
    finally:
        connection.close()


def last_look(run: ImportRun, stop: threading.Event) -> None:
    """The import's last step before it commits: the run's row, locked in the import's transaction. A
    cancel (runs.cancel locks it too) either came before and is seen here, or waits for the commit
    and finds the run succeeded. Nothing commits after a stop was asked."""
    cancelled = (
        ImportRun.objects.select_for_update().filter(pk=run.pk).values_list("cancel_requested", flat=True).first()
    )
    if cancelled or stop.is_set():
        raise Cancelled


# --- the report in the reader's language ---------------------------------------------------------

#: The key of a stored report that holds its messages' msgids and parameters:
#: {"report": [[path, message], ...], "error": message or null}, `path` the keys and indexes of the
#: text in the report (e.g. ["errors", 0, "message"]), `message` as `Recorded.as_json` writes it.
REPORT_MESSAGES = "$messages"


class Recorded(str):
    """A translated message that remembers its msgid and, once %-formatted, its parameters (a
    message among them stays a `Recorded`), so that it can be translated again for another reader."""

    msgid: str
    params: Any
    plural: str | None
    number: int | None

    def __new__(
        cls, text: str, msgid: str = "", *, params: Any = None, plural: str | None = None, number: int | None = None
    ) -> Recorded:
        recorded = super().__new__(cls, text)
        recorded.msgid, recorded.params, recorded.plural, recorded.number = msgid, params, plural, number
        return recorded

    def __mod__(self, params: Any) -> str:
        text = str.__mod__(self, params)
        if self.params is not None:  # formatted twice: the text is the message
            return text
        return Recorded(text, self.msgid, params=params, plural=self.plural, number=self.number)

    def as_json(self) -> dict:
        message: dict[str, Any] = {"msgid": self.msgid}
        if self.plural is not None:
            message |= {"plural": self.plural, "number": self.number}
        if isinstance(self.params, dict):
            message["params"] = {str(key): parameter(value) for key, value in self.params.items()}
        elif self.params is not None:
            values = self.params if isinstance(self.params, tuple) else (self.params,)
            message["params"] = [parameter(value) for value in values]
        return message


def parameter(value: Any) -> Any:
    """A parameter as JSON: a message as its msgid and parameters (an object), anything else as a
    number, a boolean, null or its text."""
    if isinstance(value, Recorded):
        return value.as_json()
    if value is None or isinstance(value, (bool, int)) or (isinstance(value, float) and math.isfinite(value)):
        return value
    return str(value)  # NaN and infinities too: JSON (and PostgreSQL's jsonb) has no such numbers


class Recorder:
    """Django's translation of one language, whose messages are `Recorded`."""

    def __init__(self, language: str):
        self.translation = trans_real.translation(language)

    def gettext(self, message: str) -> str:
        return Recorded(self.translation.gettext(message), message)

    def ngettext(self, singular: str, plural: str, number: int) -> str:
        return Recorded(self.translation.ngettext(singular, plural, number), singular, plural=plural, number=number)

    def __getattr__(self, name: str) -> Any:  # to_language(), the plural rule...: the translation's
        return getattr(self.translation, name)


@contextmanager
def recording(language: str) -> Iterator[None]:
    """In this thread, translate into `language` and record each message (`Recorder`).

    The import's sentences are built with gettext in annotation.formats and services.importing, as a
    request's are. The recorder takes the place of the translation `translation.activate` would set,
    which Django keeps per thread (trans_real._active), so that those gettext calls return `Recorded`
    messages without knowing it, and other threads are untouched.

    What is recorded survives `%` formatting only (a message as a parameter of another included):
    `str()`, `.format`, `format_lazy`, concatenation or a `translation.override` inside the import
    give plain text, which then reads in the worker's language. The import code builds its
    sentences with `gettext(...) % params` alone; keep it so.
    """
    active = trans_real._active
    previous = getattr(active, "value", None)
    active.value = Recorder(language)
    try:
        yield
    finally:
        if previous is None:
            translation.deactivate()
        else:
            active.value = previous


def stored_report(report: dict | None, *, error: str | None = None) -> dict:
    """The report as it is stored: its text as written, and its messages' msgids and parameters
    under REPORT_MESSAGES; `error`, the run's reason for failing, with them."""
    messages: list[list] = []

    def plain(value: Any, path: list) -> Any:
        if isinstance(value, Recorded):
            messages.append([path, value.as_json()])
            return str(value)
        if isinstance(value, dict):
            return {key: plain(item, [*path, key]) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(item, [*path, index]) for index, item in enumerate(value)]
        return value

    stored = plain(report or {}, [])
    stored[REPORT_MESSAGES] = {
        "report": messages,
        "error": error.as_json() if isinstance(error, Recorded) else None,
    }
    return stored


def translated(message: Any) -> str | None:
    """A stored message in the language of this request; None when it cannot be (not a stored
    message, or a translation whose placeholders do not match its parameters)."""
    try:
        return translate(message)
    except (KeyError, TypeError, ValueError):
        return None


def translate(message: dict) -> str:
    """`translated`, raising when a message or one of its parameters cannot be translated."""
    msgid = message["msgid"]
    if not isinstance(msgid, str):
        raise TypeError("a msgid is a string")
    if message.get("plural") is not None:
        text = ngettext(msgid, message["plural"], message.get("number") or 0)
    elif trans_real.CONTEXT_SEPARATOR in msgid:  # pgettext's
        context, _, msgid = msgid.partition(trans_real.CONTEXT_SEPARATOR)
        text = pgettext(context, msgid)
    else:
        text = gettext(msgid)
    params = message.get("params")
    if params is None:
        return text

    def argument(value: Any) -> Any:
        return translate(value) if isinstance(value, dict) else value

    if isinstance(params, dict):
        return text % {key: argument(value) for key, value in params.items()}
    return text % tuple(argument(value) for value in params)


def report_of(run: ImportRun) -> dict | None:
    """The run's report in the reader's language (a report stored without its messages, written by
    an older worker, as it was written); None while there is none."""
    if not isinstance(run.report, dict):
        return None
    # A deep copy: the stored report (and the instance's) keeps the worker's text.
    report = copy.deepcopy({key: value for key, value in run.report.items() if key != REPORT_MESSAGES})
    for path, message in run.report.get(REPORT_MESSAGES, {}).get("report", []):
        text = translated(message)
        if text is None or not path:
            continue
        *parents, last = path
        container: Any = report
        try:
            for key in parents:
                container = container[key]
            if isinstance(container[last], str):
                container[last] = text
        except (KeyError, IndexError, TypeError):
            continue  # a path the report does not have: its text stays
    return report or None


def error_of(run: ImportRun) -> str:
    """Why the run failed, in the reader's language when the worker stored its message."""
    stored = run.report.get(REPORT_MESSAGES, {}) if isinstance(run.report, dict) else {}
    return translated(stored.get("error")) or run.error


def stage_of(run: ImportRun) -> str:
    """What the worker is doing, in the reader's language (stored untranslated)."""
    return gettext(run.stage) if run.stage else ""


# --- the campaign's imports ----------------------------------------------------------------------


def import_history(campaign: Campaign) -> models.QuerySet[ImportRun]:
    """The campaign's imports, newest first, with the counts of their report read in the database
    (`rows_created`, `rows_skipped`, `error_count`; null until the run ended): a list never loads
    the reports themselves (each up to 50 errors and 1,000 ids)."""

    def count(key: str) -> Cast:
        return Cast(KT(f"report__{key}"), models.BigIntegerField())

    return (
        ImportRun.objects.filter(campaign=campaign)
        .select_related("created_by")
        .defer("report", "mapping")
        .annotate(rows_created=count("created"), rows_skipped=count("skipped"), error_count=count("error_count"))
        .order_by("-created_at", "-id")
    )


def duration(run: ImportRun) -> timedelta | None:
    """How long the worker took, or has taken so far; None before it started."""
    if run.started_at is None:
        return None
    return (run.finished_at or timezone.now()) - run.started_at
