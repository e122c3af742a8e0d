#!/usr/bin/env bash
# PostgreSQL for local runs and tests on 127.0.0.1:${HLC_PG_PORT:-5432} (user postgres, trust auth).
# Usage: deploy/local/postgres.sh ensure [--test] | stop | status
#   ensure   uses the server already answering on the port, else starts a private cluster in .run/pgdata;
#            then creates hlc_participants, hlc_learning, hlc_webinar, hlc_award if missing.
#   --test   also drops (WITH FORCE) and recreates the *_test databases.
#   stop     stops the private cluster, only if this script started it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT="${HLC_PG_PORT:-5432}"
PGDATA_DIR="$HLC_RUN_DIR/pgdata"
MARKER="$HLC_RUN_DIR/postgres.private"   # exists while a cluster started by us runs
DATABASES=(hlc_participants hlc_learning hlc_webinar hlc_award)

pg_up() { pg_isready -q -h "$HLC_HOST" -p "$PG_PORT" -t 3; }
sql() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$HLC_HOST" -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

pg_bin() {
  local d; d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$d" && -x "$d/initdb" ]] || die "no PostgreSQL answers on $HLC_HOST:$PG_PORT and no server binaries were found in /usr/lib/postgresql/*/bin (install them: apt-get install postgresql)"
  echo "$d"
}

# as_pg CMD... -> runs CMD as a non-root user (initdb/postgres refuse to run as root)
as_pg() {
  if [[ $EUID -ne 0 ]]; then "$@"; return; fi
  id postgres >/dev/null 2>&1 || die "running as root and there is no 'postgres' user to own the private cluster"
  runuser -u postgres -- "$@"
}

start_private() {
  local bin; bin="$(pg_bin)"
  local logf; logf="$(log_file postgres)"
  mkdir -p "$PGDATA_DIR"; touch "$logf"
  if [[ $EUID -eq 0 ]]; then
    chown postgres: "$PGDATA_DIR" "$logf"
    as_pg test -w "$PGDATA_DIR" || die "user postgres cannot write $PGDATA_DIR (set HLC_RUN_DIR to a directory it can reach)"
  fi
  chmod 700 "$PGDATA_DIR"
  if [[ ! -f "$PGDATA_DIR/PG_VERSION" ]]; then
    log "postgres: initdb in $PGDATA_DIR"
    as_pg "$bin/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --no-locale >>"$logf" 2>&1 \
      || { show_log_tail postgres; die "initdb failed"; }
  fi
  log "postgres: starting private cluster on $HLC_HOST:$PG_PORT (log: $logf)"
  as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$logf" -w -t 60 \
    -o "-c listen_addresses=$HLC_HOST -p $PG_PORT -k $PGDATA_DIR" start >/dev/null \
    || { show_log_tail postgres; die "the private PostgreSQL cluster did not start"; }
  echo "$bin" >"$MARKER"
}

ensure() {
  local test=false
  case "${1:-}" in "") ;; --test) test=true ;; *) die "unknown option '$1' (expected --test)" ;; esac
  require_cmd pg_isready psql
  if pg_up; then
    log "postgres: using the server on $HLC_HOST:$PG_PORT$([[ -f $MARKER ]] && echo ' (private, started by us)')"
  else
    rm -f "$MARKER"
    start_private
  fi
  sql 'select 1' >/dev/null || die "cannot connect as user postgres to $HLC_HOST:$PG_PORT (trust auth expected)"
  local db
  for db in "${DATABASES[@]}"; do
    [[ "$(sql "select 1 from pg_database where datname = '$db'")" == 1 ]] || { sql "create database $db" && log "created database $db"; }
  done
  if $test; then
    for db in "${DATABASES[@]/%/_test}"; do
      sql "drop database if exists $db with (force)"
      sql "create database $db"
    done
    log "recreated fresh databases ${DATABASES[*]/%/_test}"
  fi
}

stop() {
  if [[ ! -f "$MARKER" ]]; then log "postgres: not started by us, leaving it alone"; return 0; fi
  local pg_ctl; pg_ctl="$(cat "$MARKER")/pg_ctl"
  if as_pg "$pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    log "postgres: stopping private cluster"
    as_pg "$pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null || die "pg_ctl stop failed"
  fi
  rm -f "$MARKER"
  log "postgres: stopped"
}

status() {
  if pg_up; then
    echo "postgres: running on $HLC_HOST:$PG_PORT ($([[ -f $MARKER ]] && echo 'private, started by us' || echo 'not ours'))"
  else echo "postgres: not running on $HLC_HOST:$PG_PORT"; return 3; fi
}

case "${1:-}" in
  ensure) shift; ensure "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 ensure [--test] | stop | status" >&2; exit 2 ;;
esac
