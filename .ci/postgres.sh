#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for the tests.
#   bash .ci/postgres.sh start   -> starts it (idempotent) and prints the connection string
#   bash .ci/postgres.sh stop
# The tests read the connection string from CMS_TEST_POSTGRES.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGDATA=${CMS_PG_DATA:-/tmp/cms-pg-data}
PGPORT=${CMS_PG_PORT:-55432}
conn="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=postgres"
case "${1:-start}" in
  start)
    if [ ! -x "$PGBIN/initdb" ]; then
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
    fi
    if ! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
      rm -rf "$PGDATA"
      mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA"
      pwfile=$(mktemp) && echo postgres > "$pwfile" && chmod 644 "$pwfile"
      runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 >/dev/null
      rm -f "$pwfile"
      runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" \
        -o "-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c max_connections=200" -w start >/dev/null
    fi
    echo "$conn"
    ;;
  stop)
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
