#!/usr/bin/env bash
# Writes a random SECRET_KEY once to $MEDPREF_VAR_DIR/secret_key (default var/secret_key, mode 0600),
# so `make run`, `make test` and CI start without a person typing one. Nothing to do when SECRET_KEY
# is set or the file already holds a key; production sets SECRET_KEY (or SECRET_KEY_FILE) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${SECRET_KEY:-}" ]; then exit 0; fi
file="${SECRET_KEY_FILE:-${MEDPREF_VAR_DIR:-var}/secret_key}"
if [ -s "$file" ]; then exit 0; fi
mkdir -p "$(dirname "$file")"
(umask 077 && python3 -c 'import secrets; print(secrets.token_urlsafe(50))' > "$file.tmp.$$")
mv "$file.tmp.$$" "$file"
echo "secret_key: wrote a new random key to $file" >&2
