"""The Celery app: queue `default` for bookkeeping and exports, `gpu` for training and generation.

With REDIS_URL set the broker is Redis; without it (the embedded default of `make run`) a
filesystem broker under var/ lets a real worker process share the work with the web server.
Tasks live in each app's `tasks` module (found by autodiscovery); the reaper of runs whose worker
vanished, which Celery beat sends on the schedule in settings (CELERY_BEAT_SCHEDULE), is
`medpref.core.tasks.reap_stale_runs`.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medpref.settings")

app = Celery("medpref")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
