"""Celery tasks of the training app; the work itself is in training.supervisor and training.services."""

from celery import shared_task
from celery.signals import task_postrun, worker_ready

from medpref.core import runs
from training import waiting
from training.models import MixtureFreeze, TrainingJob
from training.services import run_freeze
from training.supervisor import supervise

REAPER_TASK = "medpref.reap_stale_runs"


@shared_task(name=TrainingJob.task_name, acks_late=True, reject_on_worker_lost=True)
def run_training_job(job_id: int) -> str | None:
    runs.reap(TrainingJob)  # a redelivered job whose worker died is failed here, not run twice
    return supervise(job_id)


@shared_task(name=MixtureFreeze.task_name, acks_late=True, reject_on_worker_lost=True)
def freeze_mixture(freeze_id: int) -> str | None:
    """Freeze a mixture off the web request (default queue: no model weights, only reading and
    counting), then start or fail the jobs that wait for it."""
    if runs.reap(MixtureFreeze):
        waiting.release_stranded()
    return run_freeze(freeze_id)


@task_postrun.connect
def release_after_reaping(sender=None, **kwargs) -> None:
    """A freeze the kernel's reaper failed (its worker vanished) fails the jobs waiting for it too."""
    if sender is not None and sender.name == REAPER_TASK:
        waiting.release_stranded()


@worker_ready.connect
def release_on_start(**kwargs) -> None:
    waiting.release_stranded()
