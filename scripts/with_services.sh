#!/usr/bin/env bash
# Run a command with DATABASE_URL and REDIS_URL pointing at real servers (see services.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
"$@"
