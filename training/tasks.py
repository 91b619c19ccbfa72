"""Celery tasks of the training app; the work itself is in training.supervisor."""
from celery import shared_task
from celery.signals import worker_ready

from training.services import fail_stale_jobs
from training.supervisor import supervise


@shared_task(name="training.tasks.run_training_job", acks_late=True, reject_on_worker_lost=True)
def run_training_job(job_id: int) -> str | None:
    fail_stale_jobs()  # a redelivered job whose worker died is failed here, not run twice
    return supervise(job_id)


@worker_ready.connect
def reap_on_start(**kwargs) -> None:
    fail_stale_jobs()
