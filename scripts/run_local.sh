#!/usr/bin/env bash
# `make run`: the web server plus one local Celery worker for training jobs. Without REDIS_URL the
# worker shares a filesystem queue under var/ with the server; with it, Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
.venv/bin/celery -A medpref worker -Q default,gpu --concurrency 1 --loglevel warning \
  --without-gossip --without-mingle --without-heartbeat -n "local-$$@%h" &
WORKER=$!
trap 'kill "$WORKER" 2>/dev/null || true; wait "$WORKER" 2>/dev/null || true' EXIT INT TERM
echo "medpref on http://127.0.0.1:${PORT}/  (demo users: physician1-3, expert1, admin; password: ${DEMO_PASSWORD:-medpref-demo}); worker pid $WORKER"
DEBUG="${DEBUG:-1}" .venv/bin/python manage.py runserver "127.0.0.1:${PORT}" --noreload
