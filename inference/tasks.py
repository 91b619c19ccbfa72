"""Celery tasks of inference: generation rounds and playground turns run on the gpu queue."""
from celery import shared_task
from celery.signals import worker_ready

from inference.runner import run_generation_job
from inference.services import fail_stale_generation_jobs


@shared_task(name="inference.tasks.run_generation", acks_late=True, reject_on_worker_lost=True)
def run_generation(job_id: int) -> str | None:
    fail_stale_generation_jobs()  # a redelivered round whose worker died is failed, not run twice
    return run_generation_job(job_id)


@shared_task(name="inference.tasks.reap_stale_runs")
def reap_stale_runs() -> int:
    """For the beat schedule: fail generation rounds (and playground turns) whose worker went silent."""
    return fail_stale_generation_jobs()


@worker_ready.connect
def reap_on_start(**kwargs) -> None:
    fail_stale_generation_jobs()
