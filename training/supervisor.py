"""Runs one training job in a child process and mirrors it into the database.

The body of the `run_training_job` task, on the lifecycle every run shares (medpref.core.runs):
the job is claimed once; the runner (`python -m training.run`) is a supervised `Child`, in its own
process group, so a crash, an out-of-memory kill or a cancel never takes the worker down, and
cancel stops every process of the job. While it runs, its events become progress and JobMetric
rows within a second, and the job's Watchdog writes the heartbeat (with the log tail) and enforces
cancel and the time limit. On success the adapter becomes a new ModelVersion.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from django.conf import settings

from annotation.errors import ServiceError
from medpref.core import runs
from medpref.core.runs import Child, RunState, Stopped, Watchdog
from training.models import JobMetric, TrainingJob
from training.services import job_config, job_dir, job_files, register_version
from training.sweeps import continue_pipeline


def command(config_path: Path, kind: str) -> list[str]:
    """`python -m training.run`, or `accelerate launch` over several GPUs."""
    if settings.TRAINING_PROCESSES > 1:
        launch = [
            sys.executable,
            "-m",
            "accelerate.commands.launch",
            "--num_processes",
            str(settings.TRAINING_PROCESSES),
        ]
        if settings.TRAINING_ACCELERATE_CONFIG:
            launch += ["--config_file", settings.TRAINING_ACCELERATE_CONFIG]
        return [*launch, "-m", "training.run", kind, "--config", str(config_path)]
    return [sys.executable, "-m", "training.run", kind, "--config", str(config_path)]


def start(job: TrainingJob) -> Child:
    config = job_config(job)
    directory = job_dir(job)
    directory.mkdir(parents=True, exist_ok=True)
    for name, source in job_files(job).items():
        with source, open(directory / name, "wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)  # a chunk at a time: snapshots can be gigabytes
    config_path = directory / "config.json"
    config.save(config_path)
    threads = {"OMP_NUM_THREADS": str(settings.TRAINING_CPU_THREADS)} if settings.TRAINING_CPU_THREADS else {}
    child = Child(command(config_path, job.kind), what="training", env=threads)
    TrainingJob.objects.filter(pk=job.pk).update(pid=child.pid)
    return child


class Mirror:
    """Writes what the runner reports (progress, metrics, device) into the job: one write of each per poll."""

    def __init__(self, job: TrainingJob):
        self.job = job
        self.done_event: dict | None = None

    def __call__(self, events: list[dict]) -> bool:
        metrics: list[JobMetric] = []
        update: dict = {}
        for event in events:
            kind = event.get("event")
            if kind == "loaded":
                update["device"] = f"{event.get('device')} x{event.get('world_size', 1)}" + (
                    " bf16" if event.get("bf16") else ""
                )
            elif kind in ("start", "progress"):
                update["max_steps"] = event.get("max_steps") or update.get("max_steps", self.job.max_steps)
                update["progress_step"] = event.get("step", 0)
            elif kind == "metrics":
                metrics += [
                    JobMetric(job_id=self.job.pk, step=event["step"], name=name, value=value)
                    for name, value in event["values"].items()
                ]
            elif kind == "done":
                self.done_event = event
        if metrics:
            JobMetric.objects.bulk_create(metrics)
        if update:
            TrainingJob.objects.filter(pk=self.job.pk).update(**update)
        return False  # keep watching until the runner exits


def supervise(job_id: int) -> str | None:
    """Run a queued job to its end; returns the final state (None when the job was not ours to run)."""
    return runs.execute(
        TrainingJob, job_id, train, what="job", related=("base_version", "snapshot", "mixture_snapshot__mixture")
    )


def second_stage(job: TrainingJob) -> None:
    """Start a pipeline's DPO job; when it cannot start (no usable pairs yet), the SFT job still
    succeeded and its pipeline record says why."""
    try:
        continue_pipeline(job)
    except ServiceError as exc:
        TrainingJob.objects.filter(pk=job.pk).update(then_dpo={**job.then_dpo, "error": exc.message})


def train(job: TrainingJob, watchdog: Watchdog) -> dict:
    """Start the runner and mirror it until it exits; the fields the job ends with."""
    try:
        child = start(job)
    except Exception as exc:  # noqa: BLE001 - any failure to start is the job's failure, with its reason
        raise Stopped(RunState.FAILED, f"could not start the training process: {exc}") from exc
    watchdog.beat_fields = lambda: {"log_tail": child.log_tail}
    mirror = Mirror(job)
    try:
        child.watch(watchdog, mirror)
    except Stopped as stopped:
        child.stop()
        mirror(child.take_events())
        stopped.fields["log_tail"] = child.log_tail
        raise
    if child.process.returncode == 0 and mirror.done_event is not None:
        register_version(job, mirror.done_event.get("metrics", {}), promote=job.promote)
        second_stage(job)
        return {
            "progress_step": TrainingJob.objects.values_list("max_steps", flat=True).get(pk=job.pk),
            "log_tail": child.log_tail,
            "heldout": mirror.done_event.get("heldout") or {},
        }
    reason = child.ended()
    raise Stopped(RunState.FAILED, reason, log_tail=child.log_tail)
