"""gunicorn settings for `make run` and production: `gunicorn -c medpref/gunicorn.conf.py`.

Sync workers serve one request at a time, so each holds one database connection (kept for
DB_CONN_MAX_AGE), and one more while it imports a file in the request for longer than a heartbeat
(the import run's heartbeat thread): the web tier opens at most twice `workers` connections. Size PostgreSQL's
max_connections for workers x app servers + Celery workers + a few for admin shells (README).
"""

import os

wsgi_app = "medpref.wsgi:application"
bind = [os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"]
# Two per core: a request waits on the database about as long as it computes.
workers = int(os.environ.get("WEB_CONCURRENCY") or min(8, 2 * (os.cpu_count() or 1)))
worker_class = "sync"
# Imports of large files run inside a request; allow them, but not forever.
timeout = int(os.environ.get("WEB_TIMEOUT", "120"))
graceful_timeout = 30
# Recycle workers now and then so a slow leak in a library cannot grow without bound.
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("ACCESS_LOG") or None  # "-" for stdout
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
