"""The one lifecycle of background runs: training jobs, generation rounds and playground turns.

    queue(run)    the run's Celery task is sent once the transaction that created the run commits;
                  a send the broker refused fails nothing: the reaper sends it again (under the
                  run's row lock, UNSENT_AFTER after it was due)
    execute(...)  the task's body: claim (queued -> running, exactly once), do the work while the
                  run's Watchdog beats, then finish in one final state with its reason
    cancel(...)   a queued run is cancelled at once; a running one is stopped by its watchdog
                  within a heartbeat (TRAINING_HEARTBEAT_SECONDS)
    reap(...)     running runs whose heartbeat stopped (their worker vanished) are failed with that
                  reason: Celery beat (medpref.core.tasks), every worker at start-up, and before a
                  redelivered task starts; the beat and every worker at start-up also send again
                  the queued runs whose send was lost (`resend_all`)

Whatever holds model weights runs in a `Child` process with its own process group, so a crash or
an out-of-memory kill ends the run with that reason and never takes the worker down; stopping a
child stops its whole group, and a child dies with its worker.
"""

from __future__ import annotations

import collections
import ctypes
import json
import logging
import os
import queue as queues
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from medpref.core import refresh, webhooks
from medpref.core.events import parse

logger = logging.getLogger(__name__)

LOG_TAIL_LINES = 60
KILL_GRACE_SECONDS = 10
POLL_SECONDS = 0.2
ROOT = Path(__file__).resolve().parents[2]


class RunState(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATES = (RunState.QUEUED, RunState.RUNNING)

#: How long a queued run may stay without a task id before `resend_unsent` sends it again: far
#: longer than a send takes (`send` records the id right after the broker took the message), so a
#: send under way is not doubled, and short enough that the next reaper beat heals a lost one.
UNSENT_AFTER = timedelta(minutes=2)
#: How long after it was due a run still unsent is given up: failed with that reason rather than
#: started late (a round or a turn asked an hour ago, during a broker outage, was asked again or is
#: no longer wanted). A kind may give up sooner (`Run.unsent_give_up`).
UNSENT_GIVE_UP = timedelta(hours=1)


class Run(models.Model):
    """What every background run records: its state, why it failed, who started it, which task
    runs it, where and when it ran, and the heartbeat that shows it is alive.

    A subclass names its Celery task (`task_name`, a task that calls `execute`) and what survives
    of its work when its worker vanishes (`kept_when_lost`, for the reaper's message).
    """

    task_name: str = ""
    kept_when_lost: str = ""
    unsent_give_up: timedelta = UNSENT_GIVE_UP
    #: The webhook event announced when a run of this kind changes state (medpref.core.webhooks); "" for none.
    state_event: str = ""

    state = models.CharField(max_length=16, choices=RunState.choices, default=RunState.QUEUED)
    error = models.TextField(blank=True)
    cancel_requested = models.BooleanField(default=False)
    task_id = models.CharField(max_length=100, blank=True)
    worker_host = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    @classmethod
    def unsent(cls, cutoff: datetime) -> models.QuerySet:
        """The runs whose task was due to be sent before `cutoff` and recorded no task id: the broker
        refused the send, or the process ended between the commit and the send. A kind whose runs
        wait, queued, for something else before they are sent says here when they are due."""
        return cls.objects.filter(state=RunState.QUEUED, cancel_requested=False, task_id="", created_at__lt=cutoff)


R = TypeVar("R", bound=Run)


# --- queue, cancel, reap (web processes, beat, workers) ------------------------------------------


def queue(run: Run) -> None:
    """Send the run's task once the current transaction commits (at once outside one), and announce it queued."""
    send_on_commit(type(run), run.pk)
    announce(type(run), run.pk, RunState.QUEUED)


def send_on_commit(model: type[Run], pk: int) -> None:
    """Send the run's task once the current transaction commits. A refused send (broker down)
    neither fails the request that queued the run nor stops the transaction's other sends (robust,
    logged): the run stays queued without a task id, and `resend_all` sends it again."""
    transaction.on_commit(lambda: resend(model, pk, wait=True), robust=True)


def send(model: type[Run], pk: int) -> None:
    """Send the run's task by name (medpref.core.refresh.send_task) and record its id."""
    model.objects.filter(pk=pk).update(task_id=refresh.send_task(model.task_name, pk))


def resend_unsent(model: type[Run], *, now: datetime | None = None) -> int:
    """Send again the runs of `model` the broker never took (`model.unsent`, UNSENT_AFTER after
    they were due), after giving up those due longer than `model.unsent_give_up` ago; returns how
    many were sent."""
    now = now or timezone.now()
    give_up_unsent(model, now=now)
    unsent = model.unsent(now - UNSENT_AFTER)
    return sum(resend(model, pk) for pk in list(unsent.order_by("pk").values_list("pk", flat=True)))


def give_up_unsent(model: type[Run], *, now: datetime) -> int:
    """Fail the runs of `model` still unsent `model.unsent_give_up` after they were due, with that
    reason (under the row lock, only while still unsent); returns how many."""
    count = 0
    stale = model.unsent(now - model.unsent_give_up).order_by("pk").values_list("pk", flat=True)
    minutes = int(model.unsent_give_up.total_seconds() // 60)
    for pk in list(stale):
        with transaction.atomic():
            run = locked_unsent(model, pk, skip_locked=True)
            if run is None:
                continue
            error = f"never started: the task queue refused it and it was still unsent {minutes} min after it was due; start it again"
            finish(run, RunState.FAILED, error=error)
            count += 1
    return count


def locked_unsent(model: type[Run], pk: int, *, skip_locked: bool) -> Run | None:
    """Run `pk` under its row lock while it is still queued and unsent (else None): the one check
    that keeps a send and a give-up from happening twice or to a cancelled run."""
    return (
        model.objects.select_for_update(skip_locked=skip_locked)
        .filter(pk=pk, state=RunState.QUEUED, cancel_requested=False, task_id="")
        .first()
    )


def resend_all(now: datetime | None = None) -> dict[str, int]:
    """`resend_unsent` for every kind of run: {"training_jobs": n, "import_runs": n, ...}."""
    return {plural(model): resend_unsent(model, now=now) for model in run_models()}


def resend(model: type[Run], pk: int, *, wait: bool = False) -> int:
    """1 when run `pk`, still queued and unsent, was sent now; 0 when it is not (any more), is being
    sent by another caller, or the broker refused it again (the next call tries again). Sent under
    the run's row lock and only while it has no task id, so two callers never send one twice: the
    first send (`send_on_commit`) waits for the lock (`wait`), a reaper skips a locked run."""
    try:
        with transaction.atomic():
            if locked_unsent(model, pk, skip_locked=not wait) is None:
                return 0
            send(model, pk)  # the worker's claim waits for this lock: no run before the commit
    except Exception:  # noqa: BLE001 - broker still down: log it, send the others, retry next beat
        logger.exception("sending %s %s again failed", model.__name__, pk)
        return 0
    return 1


def cancel(model: type[R], pk: int) -> tuple[R | None, bool]:
    """Ask run `pk` to stop: `(run, True)` when it was queued (now cancelled) or running (its
    watchdog stops it within a heartbeat); `(run, False)` when it had already ended; `(None, False)`
    when there is no such run."""
    with transaction.atomic():
        run = model.objects.select_for_update().filter(pk=pk).first()
        if run is None or not run.is_active:
            return run, False
        run.cancel_requested = True
        if run.state == RunState.QUEUED:
            run.state, run.finished_at = RunState.CANCELLED, timezone.now()
        run.save(update_fields=["cancel_requested", "state", "finished_at"])
        if run.state == RunState.CANCELLED:
            announce(model, pk, RunState.CANCELLED)
        return run, True


def reap(model: type[Run], *, now: datetime | None = None) -> int:
    """Fail the running runs of `model` whose worker stopped sending heartbeats, with that reason,
    instead of leaving them running forever; returns how many."""
    now = now or timezone.now()
    limit = now - timedelta(seconds=settings.TRAINING_HEARTBEAT_TIMEOUT)
    count = 0
    for run in model.objects.filter(state=RunState.RUNNING, heartbeat_at__lt=limit).only(
        "pk", "worker_host", "heartbeat_at"
    ):
        reaped = model.objects.filter(pk=run.pk, state=RunState.RUNNING, heartbeat_at__lt=limit).update(
            state=RunState.FAILED,
            finished_at=now,
            error=f"the worker on {run.worker_host or 'an unknown host'} stopped answering: no heartbeat since {run.heartbeat_at:%Y-%m-%d %H:%M:%S} UTC; {model.kept_when_lost}",
        )
        count += reaped
        if reaped:
            announce(model, run.pk, RunState.FAILED)
    return count


def run_models() -> list[type[Run]]:
    """Every concrete kind of run the installed apps define."""
    return [model for model in apps.get_models() if issubclass(model, Run)]


def reap_all(now: datetime | None = None) -> dict[str, int]:
    """`reap` for every kind of run: {"training_jobs": n, "generation_jobs": n, ...}."""
    return {plural(model): reap(model, now=now) for model in run_models()}


def plural(model: type[Run]) -> str:
    return str(model._meta.verbose_name_plural).replace(" ", "_")


# --- on the worker: claim, watch, finish ---------------------------------------------------------


def claim(model: type[R], pk: int, *, related: tuple[str, ...] = ()) -> R | None:
    """queued -> running, exactly once; a redelivered or cancelled run is left alone (None)."""
    with transaction.atomic():
        run = model.objects.select_for_update(of=("self",)).select_related(*related).filter(pk=pk).first()
        if run is None or run.state != RunState.QUEUED:
            return None
        now = timezone.now()
        run.state, run.started_at, run.heartbeat_at, run.worker_host = RunState.RUNNING, now, now, socket.gethostname()
        run.save(update_fields=["state", "started_at", "heartbeat_at", "worker_host"])
        announce(model, pk, RunState.RUNNING)
        return run


def finish(run: Run, state: str, **fields) -> None:
    type(run).objects.filter(pk=run.pk).update(state=state, finished_at=timezone.now(), **fields)
    announce(type(run), run.pk, state)


def announce(model: type[Run], pk: int, state: str) -> None:
    """Tell webhook subscribers that a run changed state, for the kinds that name an event."""
    if model.state_event:
        webhooks.emit(model.state_event, {"job": pk, "state": str(state)})


class Stopped(Exception):
    """The run ends now, in `state`, for `reason`: cancelled, over its time limit, or its child
    died; `fields` are written with it (e.g. the log tail)."""

    def __init__(self, state: str, reason: str = "", **fields):
        super().__init__(reason or state)
        self.state, self.reason, self.fields = state, reason, fields


class Watchdog:
    """Heartbeat, cancel and time limit of one running run; `check()` is called while waiting."""

    def __init__(self, run: Run, *, what: str, beat_fields: Callable[[], dict] = dict):
        self.run, self.what, self.beat_fields = run, what, beat_fields
        self.deadline = time.monotonic() + settings.TRAINING_TIME_LIMIT
        self.next_beat = 0.0

    def check(self, *, beat: bool = False) -> None:
        """Raises Stopped when the run was cancelled or ran out of time; `beat` forces a heartbeat now."""
        if beat or time.monotonic() >= self.next_beat:
            self.next_beat = time.monotonic() + settings.TRAINING_HEARTBEAT_SECONDS
            model = type(self.run)
            model.objects.filter(pk=self.run.pk).update(heartbeat_at=timezone.now(), **self.beat_fields())
            if model.objects.filter(pk=self.run.pk, cancel_requested=True).exists():
                raise Stopped(RunState.CANCELLED)
        if time.monotonic() > self.deadline:
            raise Stopped(
                RunState.FAILED,
                f"time limit exceeded: the {self.what} ran longer than {settings.TRAINING_TIME_LIMIT} s (TRAINING_TIME_LIMIT) and was stopped",
            )


Work = Callable[[R, Watchdog], dict]


def execute(model: type[R], pk: int, work: Work, *, what: str, related: tuple[str, ...] = ()) -> str | None:
    """The body of every run's task: claim the run, call `work(run, watchdog)`, finish it.

    `work` returns the fields a successful run ends with; it raises Stopped to end the run in
    another state (cancelled, time limit, a dead child), and any other exception fails the run
    with its type and message. It may set `watchdog.beat_fields` to write more with each heartbeat. Returns the final state, or None when the run was not ours to run
    (already claimed by another delivery, cancelled, or gone).
    """
    run = claim(model, pk, related=related)
    if run is None:
        return None
    watchdog = Watchdog(run, what=what)
    try:
        fields = work(run, watchdog)
    except Stopped as stopped:
        finish(run, stopped.state, error=stopped.reason, **stopped.fields)
        return stopped.state
    except Exception as exc:  # noqa: BLE001 - the run fails with its reason; the worker goes on
        finish(run, RunState.FAILED, error=f"{type(exc).__name__}: {exc}")
        return RunState.FAILED
    finish(run, RunState.SUCCEEDED, **fields)
    return RunState.SUCCEEDED


# --- supervised child processes ------------------------------------------------------------------


def die_with_parent() -> None:
    """If the worker is killed, its child goes too (Linux); the child's own children share its group."""
    os.setsid()
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def pump(stream, sink) -> None:
    for line in iter(stream.readline, ""):
        sink(line.rstrip("\n"))
    stream.close()


class Child:
    """A child process in its own group: its event lines (medpref.core.events) are queued as events,
    everything else (and stderr) is kept as a log tail; with `interactive` it reads JSON requests on stdin."""

    def __init__(self, argv: list[str], *, what: str, env: dict | None = None, interactive: bool = False):
        self.what = what
        self.events: queues.Queue = queues.Queue()
        self.log: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
        environment = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "HF_HUB_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1",
            "PYTHONPATH": str(ROOT),
            **(env or {}),
        }
        stdin = subprocess.PIPE if interactive else subprocess.DEVNULL
        self.process = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=environment,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            preexec_fn=die_with_parent,
        )
        self.readers = [
            threading.Thread(target=pump, args=(self.process.stdout, self.on_stdout), daemon=True),
            threading.Thread(target=pump, args=(self.process.stderr, self.log.append), daemon=True),
        ]
        for reader in self.readers:
            reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def log_tail(self) -> str:
        return "\n".join(self.log)

    def on_stdout(self, line: str) -> None:
        event = parse(line)
        if event is None:
            self.log.append(line)
        else:
            self.events.put(event)

    def take_events(self) -> list[dict]:
        events = []
        while True:
            try:
                events.append(self.events.get_nowait())
            except queues.Empty:
                return events

    def send(self, request: dict) -> None:
        """One request line on stdin; a child that died meanwhile ends the run with its reason."""
        try:
            self.process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            raise Stopped(RunState.FAILED, self.ended()) from None

    def watch(self, watchdog: Watchdog, on_events: Callable[[list[dict]], bool]) -> bool:
        """Hand the child's events to `on_events` until it returns True (then True) or the child has
        exited (then False, after its last events); meanwhile the watchdog beats and checks."""
        while True:
            exited = self.process.poll() is not None
            if exited:
                self.drain()
            events = self.take_events()
            if events and on_events(events):
                return True
            if exited:
                return False
            watchdog.check()
            time.sleep(POLL_SECONDS)

    def drain(self) -> None:
        """Wait for the exited child's pipes to be read to the end."""
        self.process.wait()
        for reader in self.readers:
            reader.join(timeout=5)

    def ended(self) -> str:
        """Why the child ended: its exit status and its last lines (e.g. a traceback's final one)."""
        self.drain()
        returncode = self.process.returncode
        if returncode < 0:
            how = f"was killed by signal {signal.Signals(-returncode).name}" + (
                " (out of memory?)" if returncode == -signal.SIGKILL else ""
            )
        else:
            how = f"exited with code {returncode}"
        last = [line for line in self.log if line.strip()][-15:]
        return f"the {self.what} process {how}" + (":\n" + "\n".join(last) if last else "")

    def stop(self) -> None:
        """SIGTERM the whole process group, then SIGKILL what is left after a grace period."""
        for sig, wait in ((signal.SIGTERM, KILL_GRACE_SECONDS), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
        self.drain()
