"""Celery tasks of inference: generation rounds and playground turns run on the gpu queue."""

from celery import shared_task
from celery.signals import task_prerun

from inference import playground
from inference.models import GenerationJob, PlaygroundTurn
from inference.runner import run_generation_job
from medpref.core import runs
from training.models import TrainingJob

NEEDS_THE_GPU = {GenerationJob.task_name, TrainingJob.task_name}


@shared_task(name=GenerationJob.task_name, acks_late=True, reject_on_worker_lost=True)
def run_generation(job_id: int) -> str | None:
    runs.reap(GenerationJob)  # a redelivered round whose worker died is failed, not run twice
    return run_generation_job(job_id)


# Not acknowledged late: a turn whose worker died is failed by the reaper, never answered twice.
@shared_task(name=PlaygroundTurn.task_name, acks_late=False, reject_on_worker_lost=False)
def answer_playground_turn(turn_id: int) -> str | None:
    return playground.answer_turn(turn_id)


@task_prerun.connect
def free_the_playground_model(sender=None, **kwargs) -> None:
    """Other work on this worker gets the memory the playground's kept-loaded version holds."""
    if getattr(sender, "name", None) in NEEDS_THE_GPU:
        playground.release()
