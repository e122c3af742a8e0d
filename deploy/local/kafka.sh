#!/usr/bin/env bash
# Local single-node Kafka (KRaft, broker+controller) on 127.0.0.1:9092 (controller 127.0.0.1:9093).
# Ports can be moved (e.g. a second broker for a parallel checkout): HLC_KAFKA_PORT, HLC_KAFKA_CONTROLLER_PORT.
# Usage: deploy/local/kafka.sh start [--fresh] | stop | status
#   --fresh  stops a broker started by this script and wipes its data before starting.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_VERSION=4.1.1
KAFKA_PORT="${HLC_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${HLC_KAFKA_CONTROLLER_PORT:-9093}"
LIBS="$HLC_CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_DIR="$HLC_RUN_DIR/kafka"
DATA_DIR="$KAFKA_DIR/data"
START_TIMEOUT="${HLC_KAFKA_TIMEOUT:-60}"
TOPICS=(hlc.participants.events hlc.learning.events hlc.webinar.events hlc.award.events)
BOOTSTRAP="$HLC_HOST:$KAFKA_PORT"

install_kafka() {
  [[ -f "$LIBS/.complete" ]] && return 0
  log "fetching Kafka $KAFKA_VERSION jars through Maven (once, cached in $LIBS)"
  rm -rf "$LIBS"
  "$(mvn_cmd)" -q -B -f "$HLC_ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$LIBS" || die "could not fetch the Kafka jars from Maven Central"
  touch "$LIBS/.complete"
}

write_config() {
  mkdir -p "$KAFKA_DIR"
  cat >"$KAFKA_DIR/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HLC_HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HLC_HOST:$KAFKA_PORT,CONTROLLER://$HLC_HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HLC_HOST:$KAFKA_PORT,CONTROLLER://$HLC_HOST:$CONTROLLER_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA_DIR
num.partitions=3
# the event topics are what read models are rebuilt from: keep every record (topics also get retention.ms=-1)
log.retention.ms=-1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
num.network.threads=2
num.io.threads=4
EOF
  # log4j2: broker logs INFO to stdout (-> .run/kafka.log); the CLI tools only WARN to stderr
  local level
  for level in INFO WARN; do
    cat >"$KAFKA_DIR/log4j2-$level.properties" <<EOF
appender.out.type=Console
appender.out.name=OUT
appender.out.target=SYSTEM_$([[ $level == INFO ]] && echo OUT || echo ERR)
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=$level
rootLogger.appenderRef.out.ref=OUT
logger.kafka.name=kafka
logger.kafka.level=$level
logger.state.name=state.change.logger
logger.state.level=WARN
EOF
  done
}

kjava() {  # kjava LOGLEVEL MAINCLASS ARGS... -> a Kafka class on the cached classpath
  local level="$1"; shift
  timeout 30 java -Xmx256m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2-$level.properties" -cp "$LIBS/*" "$@"
}
topics() { kjava WARN org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" "$@"; }

start() {
  local fresh=false
  [[ "${1:-}" == "--fresh" ]] && fresh=true
  [[ $# -eq 0 || $fresh == true ]] || die "unknown option '$1' (expected --fresh)"
  if running kafka; then
    if ! $fresh; then log "kafka: already running (pid $(cat "$(pid_file kafka)")) at $BOOTSTRAP"; return 0; fi
    stop_pid kafka
  fi
  local p; for p in $KAFKA_PORT $CONTROLLER_PORT; do
    port_open "$p" && die "port $p is already in use by another process (not started by this script); stop it first"
  done
  require_cmd java
  install_kafka
  write_config
  if $fresh; then log "kafka: wiping $DATA_DIR"; rm -rf "$DATA_DIR"; fi
  if [[ ! -f "$DATA_DIR/meta.properties" ]]; then
    local cluster_id=-  # like 'StorageTool random-uuid': 16 random bytes, base64url, not starting with '-'
    while [[ $cluster_id == -* ]]; do cluster_id="$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"; done
    kjava WARN kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_DIR/server.properties" >/dev/null \
      || die "formatting the Kafka storage in $DATA_DIR failed"
  fi

  log "kafka: starting on $BOOTSTRAP (log: $(log_file kafka))"
  local t0=$SECONDS rc=0
  start_bg kafka java -Xms128m -Xmx384m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2-INFO.properties" -cp "$LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties"
  wait_for_port kafka "$START_TIMEOUT" "$KAFKA_PORT" || rc=$?
  # the port opens before the broker is usable: wait until it answers a metadata request
  ((rc != 0)) || wait_for kafka $((START_TIMEOUT - (SECONDS - t0) + 1)) topics --list || rc=$?
  case $rc in
    0) ;;
    2) fail_start kafka "kafka exited during startup" ;;
    *) fail_start kafka "kafka did not become ready on $BOOTSTRAP within ${START_TIMEOUT}s" ;;
  esac
  local t pids=()
  for t in "${TOPICS[@]}"; do  # in parallel: each CLI call is a JVM start
    topics --create --if-not-exists --topic "$t" --partitions 3 --replication-factor 1 --config retention.ms=-1 >/dev/null & pids+=($!)
  done
  for t in "${!pids[@]}"; do wait "${pids[$t]}" || fail_start kafka "could not create topic ${TOPICS[$t]}"; done
  log "kafka: ready after $((SECONDS - t0)) s, topics: ${TOPICS[*]}"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop_pid kafka ;;
  status) status_pid kafka ;;
  *) echo "usage: $0 start [--fresh] | stop | status" >&2; exit 2 ;;
esac
