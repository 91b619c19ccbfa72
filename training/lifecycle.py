"""The lifecycle every background run shares (training jobs, generation rounds, playground turns).

A run is claimed exactly once (queued -> running). Whatever holds model weights runs in a `Child`
process with its own process group, so a crash or an out-of-memory kill ends the run with that
reason and never takes the worker down. Whoever waits on a child lets the run's `Watchdog` write the
heartbeat, notice a cancel request and enforce the time limit; stopping a child stops its whole
group. The reaper of runs whose worker vanished is `training.services.fail_silent_runs`.
"""
from __future__ import annotations

import collections
import ctypes
import json
import os
import queue
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from training.models import JobState, Run
from training.run import EVENT_PREFIX

LOG_TAIL_LINES = 60
KILL_GRACE_SECONDS = 10
POLL_SECONDS = 0.2
ROOT = Path(__file__).resolve().parents[1]


def claim(model: type[Run], pk: int, *, related: tuple[str, ...] = ()) -> Run | None:
    """queued -> running, exactly once; a redelivered or cancelled run is left alone."""
    with transaction.atomic():
        run = model.objects.select_for_update(of=("self",)).select_related(*related).filter(pk=pk).first()
        if run is None or run.state != JobState.QUEUED:
            return None
        now = timezone.now()
        run.state, run.started_at, run.heartbeat_at, run.worker_host = JobState.RUNNING, now, now, socket.gethostname()
        run.save(update_fields=["state", "started_at", "heartbeat_at", "worker_host"])
        return run


def finish(run: Run, state: str, **fields) -> None:
    type(run).objects.filter(pk=run.pk).update(state=state, finished_at=timezone.now(), **fields)


class Stopped(Exception):
    """The run ends now, in `state`, for `reason`: cancelled, over its time limit, or its child died."""

    def __init__(self, state: str, reason: str = ""):
        super().__init__(reason or state)
        self.state, self.reason = state, reason


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
                raise Stopped(JobState.CANCELLED)
        if time.monotonic() > self.deadline:
            raise Stopped(JobState.FAILED, f"time limit exceeded: the {self.what} ran longer than {settings.TRAINING_TIME_LIMIT} s (TRAINING_TIME_LIMIT) and was stopped")


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
    """A child process in its own group: its `@medpref` stdout lines are events, everything else
    (and stderr) is kept as a log tail; with `interactive` it reads JSON requests on stdin."""

    def __init__(self, argv: list[str], *, what: str, env: dict | None = None, interactive: bool = False):
        self.what = what
        self.events: queue.Queue = queue.Queue()
        self.log: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
        environment = {**os.environ, "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONPATH": str(ROOT), **(env or {})}
        stdin = subprocess.PIPE if interactive else subprocess.DEVNULL
        self.process = subprocess.Popen(argv, cwd=ROOT, env=environment, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, preexec_fn=die_with_parent)
        self.readers = [threading.Thread(target=pump, args=(self.process.stdout, self.on_stdout), daemon=True), threading.Thread(target=pump, args=(self.process.stderr, self.log.append), daemon=True)]
        for reader in self.readers:
            reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def on_stdout(self, line: str) -> None:
        if line.startswith(EVENT_PREFIX):
            try:
                self.events.put(json.loads(line[len(EVENT_PREFIX):]))
                return
            except json.JSONDecodeError:
                pass
        self.log.append(line)

    def take_events(self) -> list[dict]:
        events = []
        while True:
            try:
                events.append(self.events.get_nowait())
            except queue.Empty:
                return events

    def send(self, request: dict) -> None:
        """One request line on stdin; a child that died meanwhile ends the run with its reason."""
        try:
            self.process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            raise Stopped(JobState.FAILED, self.ended()) from None

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
            how = f"was killed by signal {signal.Signals(-returncode).name}" + (" (out of memory?)" if returncode == -signal.SIGKILL else "")
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
