"""The reaper of runs whose worker vanished: sent by Celery beat every REAP_INTERVAL_SECONDS
(CELERY_BEAT_SCHEDULE), and run by every worker as it starts. GET requests never reap: they only read."""

from celery import shared_task
from celery.signals import worker_ready

from medpref.core import runs


@shared_task(name="medpref.reap_stale_runs")
def reap_stale_runs() -> dict[str, int]:
    """Fail training jobs, generation rounds and playground turns whose heartbeat stopped; returns how many of each."""
    return runs.reap_all()


@worker_ready.connect
def reap_on_start(**kwargs) -> None:
    runs.reap_all()
