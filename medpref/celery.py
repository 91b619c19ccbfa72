"""The Celery app: queue `default` for bookkeeping and exports, `gpu` for training and generation.

With REDIS_URL set the broker is Redis; without it (the embedded default of `make run`) a
filesystem broker under var/ lets a real worker process share the work with the web server.
Celery beat sends `reap_stale_runs` on the schedule in settings (CELERY_BEAT_SCHEDULE), so runs
whose worker vanished are failed without any request doing it: GET requests stay read-only.
"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medpref.settings")

app = Celery("medpref")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(name="medpref.reap_stale_runs")
def reap_stale_runs() -> dict[str, int]:
    """Fail training jobs, generation rounds and playground turns whose heartbeat stopped; returns how many of each."""
    from inference.playground import fail_stale_turns
    from inference.services import fail_stale_generation_jobs
    from training.services import fail_stale_jobs

    return {"training_jobs": fail_stale_jobs(), "generation_jobs": fail_stale_generation_jobs(), "playground_turns": fail_stale_turns()}

