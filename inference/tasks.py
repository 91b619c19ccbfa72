"""Celery tasks of inference: generation runs on the gpu queue, next to training."""
from celery import shared_task

from inference.services import run_generation_job


@shared_task(name="inference.tasks.run_generation", acks_late=True, reject_on_worker_lost=True)
def run_generation(job_id: int) -> str | None:
    return run_generation_job(job_id)
