#!/usr/bin/env bash
# What the test command needs: PostgreSQL with fresh *_test databases and a freshly wiped Kafka.
# Usage: deploy/local/test-env.sh start|stop
#   stop  stops Kafka, and PostgreSQL only if postgres.sh started a private cluster.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "${1:-}" in
  start)
    "$here/postgres.sh" ensure --test || { echo "[test-env.sh] ERROR: PostgreSQL is not available" >&2; exit 1; }
    "$here/kafka.sh" start --fresh || { echo "[test-env.sh] ERROR: Kafka could not be started" >&2; exit 1; }
    ;;
  stop)
    rc=0
    "$here/kafka.sh" stop || rc=1
    "$here/postgres.sh" stop || rc=1
    exit $rc
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
