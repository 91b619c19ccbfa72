#!/usr/bin/env bash
# `make run`: gunicorn (DEBUG off unless DEBUG=1) on 127.0.0.1:$PORT plus two local Celery workers:
# one for the gpu queue (training and generation, one at a time) and one for the default queue
# that also runs Celery beat (the stale-run reaper), so bookkeeping never waits behind a long job.
# Without REDIS_URL the workers share a filesystem queue under var/ with the server; with it, Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-8000}" DEBUG="${DEBUG:-0}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
bash scripts/secret_key.sh
# WhiteNoise serves the collected files; with DEBUG off nothing else serves static files.
.venv/bin/python manage.py collectstatic --noinput --verbosity 0
CHILDREN=()
stop_children() {
  local pid
  for pid in "${CHILDREN[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${CHILDREN[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_children EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
WORKER_FLAGS=(--concurrency 1 --loglevel warning --without-gossip --without-mingle --without-heartbeat)
.venv/bin/celery -A medpref --quiet worker -Q gpu "${WORKER_FLAGS[@]}" -n "gpu-$$@%h" &
CHILDREN+=($!)
.venv/bin/celery -A medpref --quiet worker -Q default --beat "${WORKER_FLAGS[@]}" -n "default-$$@%h" &
CHILDREN+=($!)
echo "medpref on http://127.0.0.1:${PORT}/  (DEBUG=${DEBUG}; demo users: physician1-3, expert1, admin; password: ${DEMO_PASSWORD:-medpref-demo}); worker pids ${CHILDREN[*]}"
.venv/bin/gunicorn -c medpref/gunicorn.conf.py &
CHILDREN+=($!)
status=0
wait -n "${CHILDREN[@]}" || status=$?
echo "run_local: a server or worker process stopped (exit $status); stopping the others" >&2
exit 1
