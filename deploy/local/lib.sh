# Shared helpers for the local infrastructure scripts. Source it; do not run it.
# Runtime state (PIDs, logs, data) lives in $HLC_RUN_DIR (default <repo>/.run, git-ignored);
# downloaded distributions are cached in $HLC_CACHE_DIR (default ~/.cache/hlc).

HLC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HLC_RUN_DIR="${HLC_RUN_DIR:-$HLC_ROOT/.run}"
HLC_CACHE_DIR="${HLC_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/hlc}"
HLC_HOST=127.0.0.1
mkdir -p "$HLC_RUN_DIR" "$HLC_CACHE_DIR"

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }
require_cmd() { local c; for c in "$@"; do command -v "$c" >/dev/null 2>&1 || die "required command '$c' not found in PATH"; done; }

# port_open PORT [HOST] -> 0 if something accepts TCP connections there
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/${2:-$HLC_HOST}/$1" 2>/dev/null; }

# alive PID -> 0 if the process exists and is not a zombie
alive() { kill -0 "$1" 2>/dev/null && [[ "$(ps -o stat= -p "$1" 2>/dev/null)" != Z* ]]; }

pid_file() { echo "$HLC_RUN_DIR/$1.pid"; }
log_file() { echo "$HLC_RUN_DIR/$1.log"; }

# running NAME -> 0 if the process recorded in .run/NAME.pid is alive (removes a stale PID file)
running() {
  local f pid; f="$(pid_file "$1")"
  [[ -s "$f" ]] || return 1
  pid="$(cat "$f")"
  if alive "$pid"; then return 0; fi
  rm -f "$f"; return 1
}

# start_bg NAME CMD... -> runs CMD detached (own session), output to .run/NAME.log, PID to .run/NAME.pid
start_bg() {
  local name="$1"; shift
  local lf; lf="$(log_file "$name")"
  : >"$lf"
  setsid nohup "$@" >>"$lf" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
}

show_log_tail() {
  local lf; lf="$(log_file "$1")"
  [[ -f "$lf" ]] || return 0
  printf '%s\n' "----- last ${2:-40} lines of $lf -----" >&2
  tail -n "${2:-40}" "$lf" >&2
  printf '%s\n' "-----" >&2
}

# fail_start NAME MESSAGE -> prints the log tail, stops the half-started process, exits non-zero
fail_start() { show_log_tail "$1"; stop_pid "$1" >/dev/null 2>&1 || true; die "$2"; }

# wait_for NAME TIMEOUT_S CMD... -> polls CMD every second until it succeeds;
# fails early if the process NAME (if it has a PID file) has died.
wait_for() {
  local name="$1" timeout="$2"; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if [[ -e "$(pid_file "$name")" ]] && ! running "$name"; then return 2; fi
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

wait_for_port() { wait_for "$1" "$2" port_open "$3" "${4:-$HLC_HOST}"; }         # NAME TIMEOUT PORT [HOST]
http_ok() { curl -fsS -o /dev/null --max-time 5 "$1"; }
wait_for_http() { wait_for "$1" "$2" http_ok "$3"; }                             # NAME TIMEOUT URL

# stop_pid NAME [GRACE_S] -> TERM (whole process group if it leads one), KILL after GRACE_S (default 15), wait
stop_pid() {
  local name="$1" grace="${2:-15}" pid target
  if ! running "$name"; then log "$name: not running"; return 0; fi
  pid="$(cat "$(pid_file "$name")")"
  target="$pid"
  [[ "$(ps -o pgid= -p "$pid" | tr -d ' ')" == "$pid" ]] && target="-$pid"
  log "$name: stopping (pid $pid)"
  kill -TERM -- "$target" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.5; done
  if alive "$pid"; then
    log "$name: still alive after ${grace}s, sending KILL"
    kill -KILL -- "$target" 2>/dev/null || true
    while alive "$pid"; do sleep 0.2; done
  fi
  rm -f "$(pid_file "$name")"
  log "$name: stopped"
}

status_pid() {
  if running "$1"; then echo "$1: running (pid $(cat "$(pid_file "$1")"))"; else echo "$1: stopped"; return 3; fi
}

# mvn_cmd -> the Maven used to fetch distributions (system mvn, else the repo's wrapper)
mvn_cmd() {
  if command -v mvn >/dev/null 2>&1; then echo mvn; elif [[ -x "$HLC_ROOT/mvnw" ]]; then echo "$HLC_ROOT/mvnw"; else die "Maven not found (need mvn or ./mvnw)"; fi
}
