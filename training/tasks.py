"""Celery tasks of the training app; the work itself is in training.supervisor and training.services."""

from celery import shared_task

from medpref.core import runs
from training.models import MixtureFreeze, TrainingJob
from training.services import run_freeze
from training.supervisor import supervise


@shared_task(name=TrainingJob.task_name, acks_late=True, reject_on_worker_lost=True)
def run_training_job(job_id: int) -> str | None:
    runs.reap(TrainingJob)  # a redelivered job whose worker died is failed here, not run twice
    return supervise(job_id)


@shared_task(name=MixtureFreeze.task_name, acks_late=True, reject_on_worker_lost=True)
def freeze_mixture(freeze_id: int) -> str | None:
    """Freeze a mixture off the web request (default queue: no model weights, only reading and counting)."""
    runs.reap(MixtureFreeze)
    return run_freeze(freeze_id)
