#!/usr/bin/env bash
# The whole test suite against real PostgreSQL and Redis (found or started by services.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
bash scripts/secret_key.sh  # the settings refuse to load without a key
# Browser tests drive Debian's Chromium (never a downloaded browser), with a CJK font for screenshots.
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  echo "test: installing chromium and fonts-wqy-microhei from Debian's packages" >&2
  apt_install chromium fonts-wqy-microhei
fi
export CACHE_KEY_PREFIX="medpref-test-$$"
# The test Celery broker lives in its own Redis database, away from anything else on that server.
export CELERY_BROKER_URL="${CELERY_BROKER_URL:-${REDIS_URL%/*}/15}"
# Two cores: one thread per training process is faster and steadier than thread contention.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
.venv/bin/pytest "$@"
