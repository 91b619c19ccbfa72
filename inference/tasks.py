"""Celery tasks of inference: generation rounds and playground turns run on the gpu queue."""
from celery import shared_task
from celery.signals import task_prerun, worker_ready

from inference import playground
from inference.runner import run_generation_job
from inference.services import fail_stale_generation_jobs

PLAYGROUND_TASK = "inference.tasks.answer_playground_turn"
NEEDS_THE_GPU = {"inference.tasks.run_generation", "training.tasks.run_training_job"}


@shared_task(name="inference.tasks.run_generation", acks_late=True, reject_on_worker_lost=True)
def run_generation(job_id: int) -> str | None:
    fail_stale_generation_jobs()  # a redelivered round whose worker died is failed, not run twice
    return run_generation_job(job_id)


# Not acknowledged late: a turn whose worker died is failed by the reaper, never answered twice.
@shared_task(name=PLAYGROUND_TASK, acks_late=False, reject_on_worker_lost=False)
def answer_playground_turn(turn_id: int) -> str | None:
    return playground.answer_turn(turn_id)


@task_prerun.connect
def free_the_playground_model(sender=None, **kwargs) -> None:
    """Other work on this worker gets the memory the playground's kept-loaded version holds."""
    if getattr(sender, "name", None) in NEEDS_THE_GPU:
        playground.release()


@worker_ready.connect
def reap_on_start(**kwargs) -> None:
    fail_stale_generation_jobs()
    playground.fail_stale_turns()
