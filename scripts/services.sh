# Sourced by scripts/test.sh: finds or starts PostgreSQL and Redis on loopback and exports
# DATABASE_URL and REDIS_URL. Order: the variables if set; else the servers on 127.0.0.1:5432 and
# :6379; else throwaway servers installed from Debian's packages, stopped again on exit.
MEDPREF_TMP=${MEDPREF_TMP:-$(mktemp -d /tmp/medpref-services.XXXXXX)}
chmod 755 "$MEDPREF_TMP"
CLEANUP=()

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

start_postgres() {
  local bindir port=55432 data="$MEDPREF_TMP/pgdata"
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "services: installing PostgreSQL from Debian's packages" >&2
    apt_install postgresql
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  local as=""
  if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd --system postgres; chown postgres "$MEDPREF_TMP"; as="runuser -u postgres --"; fi
  $as "$bindir/initdb" -D "$data" -A trust -U postgres >/dev/null
  $as "$bindir/pg_ctl" -D "$data" -o "-h 127.0.0.1 -p $port -k $MEDPREF_TMP" -l "$MEDPREF_TMP/pg.log" -w start >/dev/null
  CLEANUP+=("$as $bindir/pg_ctl -D $data -m fast stop")
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/medpref"
  echo "services: throwaway PostgreSQL on 127.0.0.1:$port" >&2
}

start_redis() {
  local port=56379
  if ! command -v redis-server >/dev/null; then
    echo "services: installing Redis from Debian's packages" >&2
    apt_install redis-server
  fi
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --dir "$MEDPREF_TMP" --pidfile "$MEDPREF_TMP/redis.pid" --logfile "$MEDPREF_TMP/redis.log"
  CLEANUP+=("kill \$(cat $MEDPREF_TMP/redis.pid)")
  export REDIS_URL="redis://127.0.0.1:$port/0"
  echo "services: throwaway Redis on 127.0.0.1:$port" >&2
}

stop_services() {
  local command
  for command in "${CLEANUP[@]}"; do eval "$command" >/dev/null 2>&1 || true; done
}
trap stop_services EXIT

if [ -z "${DATABASE_URL:-}" ]; then
  if port_open 5432; then
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/medpref"
  else
    start_postgres
  fi
fi
if [ -z "${REDIS_URL:-}" ]; then
  if port_open 6379; then
    export REDIS_URL="redis://127.0.0.1:6379/0"
  else
    start_redis
  fi
fi
echo "services: DATABASE_URL=$DATABASE_URL REDIS_URL=$REDIS_URL" >&2
