#!/usr/bin/env bash
# The whole test suite against real PostgreSQL and Redis (found or started by services.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
export CACHE_KEY_PREFIX="medpref-test-$$"
.venv/bin/pytest "$@"
