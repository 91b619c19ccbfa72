"""Runs one training job in a child process and mirrors it into the database.

The runner (`python -m training.run`) gets its own process group, so a crash, an out-of-memory kill
or a cancel never takes the worker down, and cancel stops every process of the job. While it runs,
its `@medpref` events become progress and JobMetric rows within a second, the worker writes a
heartbeat, and the time limit and cancel requests are enforced.
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
import sys
import threading
import time
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from training.models import JobMetric, JobState, TrainingJob
from training.run import EVENT_PREFIX
from training.services import job_config, job_dir, register_version

LOG_TAIL_LINES = 60
KILL_GRACE_SECONDS = 10
ROOT = Path(__file__).resolve().parents[1]


def claim(job_id: int) -> TrainingJob | None:
    """queued -> running, exactly once; a redelivered or cancelled job is left alone."""
    with transaction.atomic():
        job = TrainingJob.objects.select_for_update().select_related("base_version", "snapshot").filter(pk=job_id).first()
        if job is None or job.state != JobState.QUEUED:
            return None
        now = timezone.now()
        job.state, job.started_at, job.heartbeat_at, job.worker_host = JobState.RUNNING, now, now, socket.gethostname()
        job.save(update_fields=["state", "started_at", "heartbeat_at", "worker_host"])
        return job


def command(config_path: Path, kind: str) -> list[str]:
    """`python -m training.run`, or `accelerate launch` over several GPUs."""
    if settings.TRAINING_PROCESSES > 1:
        launch = [sys.executable, "-m", "accelerate.commands.launch", "--num_processes", str(settings.TRAINING_PROCESSES)]
        if settings.TRAINING_ACCELERATE_CONFIG:
            launch += ["--config_file", settings.TRAINING_ACCELERATE_CONFIG]
        return [*launch, "-m", "training.run", kind, "--config", str(config_path)]
    return [sys.executable, "-m", "training.run", kind, "--config", str(config_path)]


def die_with_parent() -> None:
    """If the worker is killed, its runner goes too (Linux); its own children share its group."""
    os.setsid()
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def pump(stream, sink) -> None:
    for line in iter(stream.readline, ""):
        sink(line.rstrip("\n"))
    stream.close()


class JobRun:
    def __init__(self, job: TrainingJob):
        self.job = job
        self.events: queue.Queue = queue.Queue()
        self.log: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
        self.done_event: dict | None = None

    def start(self) -> subprocess.Popen:
        config = job_config(self.job)
        directory = job_dir(self.job)
        directory.mkdir(parents=True, exist_ok=True)
        Path(config.dataset_path).write_bytes(bytes(self.job.snapshot.data))
        config_path = directory / "config.json"
        config.save(config_path)
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
        if settings.TRAINING_CPU_THREADS:
            env["OMP_NUM_THREADS"] = str(settings.TRAINING_CPU_THREADS)
        process = subprocess.Popen(
            command(config_path, self.job.kind), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, preexec_fn=die_with_parent
        )
        threading.Thread(target=pump, args=(process.stdout, self.on_stdout), daemon=True).start()
        threading.Thread(target=pump, args=(process.stderr, self.log.append), daemon=True).start()
        TrainingJob.objects.filter(pk=self.job.pk).update(pid=process.pid)
        return process

    def on_stdout(self, line: str) -> None:
        if line.startswith(EVENT_PREFIX):
            try:
                self.events.put(json.loads(line[len(EVENT_PREFIX):]))
                return
            except json.JSONDecodeError:
                pass
        self.log.append(line)

    def apply_events(self) -> None:
        """Write what the runner reported since the last call: progress, metrics, device."""
        metrics: list[JobMetric] = []
        update: dict = {}
        while True:
            try:
                event = self.events.get_nowait()
            except queue.Empty:
                break
            kind = event.get("event")
            if kind == "loaded":
                update["device"] = f"{event.get('device')} x{event.get('world_size', 1)}" + (" bf16" if event.get("bf16") else "")
            elif kind in ("start", "progress"):
                update["max_steps"] = event.get("max_steps") or update.get("max_steps", self.job.max_steps)
                update["progress_step"] = event.get("step", 0)
            elif kind == "metrics":
                metrics += [JobMetric(job_id=self.job.pk, step=event["step"], name=name, value=value) for name, value in event["values"].items()]
            elif kind == "warning":
                self.log.append(f"warning: {event.get('message')}")
            elif kind == "done":
                self.done_event = event
        if metrics:
            JobMetric.objects.bulk_create(metrics)
        if update:
            TrainingJob.objects.filter(pk=self.job.pk).update(**update)

    def heartbeat(self) -> bool:
        """Record that we are alive; True when someone asked to cancel."""
        TrainingJob.objects.filter(pk=self.job.pk).update(heartbeat_at=timezone.now(), log_tail="\n".join(self.log))
        return TrainingJob.objects.filter(pk=self.job.pk, cancel_requested=True).exists()


def stop(process: subprocess.Popen) -> None:
    """SIGTERM the whole process group, then SIGKILL what is left after a grace period."""
    for sig, wait in ((signal.SIGTERM, KILL_GRACE_SECONDS), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def finish(job: TrainingJob, state: str, **fields) -> None:
    TrainingJob.objects.filter(pk=job.pk).update(state=state, finished_at=timezone.now(), **fields)


def supervise(job_id: int) -> str | None:
    """Run a queued job to its end; returns the final state (None when the job was not ours to run)."""
    job = claim(job_id)
    if job is None:
        return None
    run = JobRun(job)
    try:
        process = run.start()
    except Exception as exc:  # noqa: BLE001 - any failure to start is the job's failure, with its reason
        finish(job, JobState.FAILED, error=f"could not start the training process: {exc}")
        return JobState.FAILED
    deadline = time.monotonic() + settings.TRAINING_TIME_LIMIT
    next_beat = 0.0
    outcome: tuple[str, str] | None = None
    while process.poll() is None:
        time.sleep(0.5)
        run.apply_events()
        if time.monotonic() >= next_beat:
            next_beat = time.monotonic() + settings.TRAINING_HEARTBEAT_SECONDS
            if run.heartbeat():
                stop(process)
                outcome = (JobState.CANCELLED, "cancelled on request")
                break
        if time.monotonic() > deadline:
            stop(process)
            outcome = (JobState.FAILED, f"time limit exceeded: the job ran longer than {settings.TRAINING_TIME_LIMIT} s (TRAINING_TIME_LIMIT) and was stopped")
            break
    process.wait()
    time.sleep(0.2)  # let the reader threads drain the pipes
    run.apply_events()
    tail = "\n".join(run.log)
    if outcome is not None:
        finish(job, outcome[0], error=outcome[1] if outcome[0] == JobState.FAILED else "", log_tail=tail)
        return outcome[0]
    if process.returncode == 0 and run.done_event is not None:
        register_version(job, run.done_event.get("metrics", {}))
        max_steps = TrainingJob.objects.values_list("max_steps", flat=True).get(pk=job.pk)
        finish(job, JobState.SUCCEEDED, log_tail=tail, progress_step=max_steps)
        return JobState.SUCCEEDED
    finish(job, JobState.FAILED, error=failure_reason(process.returncode, list(run.log)), log_tail=tail)
    return JobState.FAILED


def failure_reason(returncode: int, log: list[str]) -> str:
    """The runner's own last words (e.g. a traceback's final line) and how it ended."""
    if returncode < 0:
        how = f"killed by signal {signal.Signals(-returncode).name}" + (" (out of memory?)" if returncode == -signal.SIGKILL else "")
    else:
        how = f"exited with code {returncode}"
    last = [line for line in log if line.strip()][-15:]
    return f"the training process {how}" + (":\n" + "\n".join(last) if last else "")
