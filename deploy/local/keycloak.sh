#!/usr/bin/env bash
# Local Keycloak (dev mode, in-memory DB, realm 'hlc' imported at every start) on http://127.0.0.1:8180.
# Usage: deploy/local/keycloak.sh start|stop|status|token USER
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=26.5.6
KC_PORT="${HLC_KEYCLOAK_PORT:-8180}"
KC_URL="http://$HLC_HOST:$KC_PORT"
KC_HOME="$HLC_CACHE_DIR/keycloak-$KC_VERSION"
REALM_FILE="$HLC_ROOT/deploy/keycloak/realm-hlc.json"
READY_URL="$KC_URL/realms/hlc/.well-known/openid-configuration"
START_TIMEOUT="${HLC_KEYCLOAK_TIMEOUT:-300}"

install_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  require_cmd unzip
  log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip through Maven (once, cached in $KC_HOME)"
  local tmp; tmp="$(mktemp -d "$HLC_CACHE_DIR/.kc-XXXXXX")"
  (cd "$tmp" && "$(mvn_cmd)" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$tmp") || { rm -rf "$tmp"; die "could not fetch Keycloak $KC_VERSION from Maven Central"; }
  unzip -q "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp" || { rm -rf "$tmp"; die "could not unzip Keycloak"; }
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

start() {
  if running keycloak; then log "keycloak: already running (pid $(cat "$(pid_file keycloak)")) at $KC_URL"; return 0; fi
  port_open "$KC_PORT" && die "port $KC_PORT is already in use by another process; stop it first"
  [[ -f "$REALM_FILE" ]] || die "realm file $REALM_FILE not found"
  require_cmd java curl
  install_keycloak
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/realm-hlc.json"

  log "keycloak: starting on $KC_URL (log: $(log_file keycloak))"
  local t0=$SECONDS
  JAVA_OPTS_KC_HEAP="${HLC_KEYCLOAK_HEAP:--Xms64m -Xmx512m}" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    start_bg keycloak "$KC_HOME/bin/kc.sh" start-dev \
      --http-host "$HLC_HOST" --http-port "$KC_PORT" --hostname "$KC_URL" \
      --db dev-mem --import-realm
  local rc=0
  wait_for_http keycloak "$START_TIMEOUT" "$READY_URL" || rc=$?
  case $rc in
    0) log "keycloak: ready after $((SECONDS - t0)) s (issuer $KC_URL/realms/hlc, admin/admin)" ;;
    2) fail_start keycloak "keycloak exited during startup" ;;
    *) fail_start keycloak "keycloak did not answer $READY_URL within ${START_TIMEOUT}s" ;;
  esac
}

# token USER -> prints an access token for USER (password USER-pw) from the password grant on hlc-service
token() {
  local user="${1:?usage: $0 token USER}"
  curl -fsS -d grant_type=password -d client_id=hlc-service -d client_secret=hlc-service-secret \
    --data-urlencode "username=$user" --data-urlencode "password=$user-pw" \
    "$KC_URL/realms/hlc/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/' \
    || die "could not get a token for '$user' from $KC_URL (is Keycloak running, are user and password right?)"
}

case "${1:-}" in
  start) start ;;
  token) shift; token "$@" ;;
  stop) stop_pid keycloak ;;
  status) status_pid keycloak ;;
  *) echo "usage: $0 start|stop|status|token USER" >&2; exit 2 ;;
esac
