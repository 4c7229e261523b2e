# Sourced by perf/gatling.sh and perf/flash-sale.sh (from the repository's root): runs one Gatling
# simulation against the local stack, and restarts single services of `./livedrop up` with settings.
# shellcheck shell=bash

: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
LIVEDROP_HOME=${LIVEDROP_HOME:-$PWD/.livedrop}
GATEWAY_URL=${LIVEDROP_GATEWAY_URL:-http://127.0.0.1:8080}
USER_SVC_URL=${LIVEDROP_USER_SVC_URL:-http://127.0.0.1:8081}
REPORTS=perf/gatling/target/gatling

# The gateway's limits for load runs (perf/RESULTS.md): one machine sends everything from 127.0.0.1.
RAISED_LIMITS=(LIVEDROP_GATEWAY_RATELIMIT_PERUSER_CAPACITY=1000000 LIVEDROP_GATEWAY_RATELIMIT_PERUSER_REFILLPERSECOND=1000000
               LIVEDROP_GATEWAY_RATELIMIT_PERIP_CAPACITY=1000000 LIVEDROP_GATEWAY_RATELIMIT_PERIP_REFILLPERSECOND=1000000)

require_stack() {
  eval "$(./livedrop env)"
  curl -fs -o /dev/null "$GATEWAY_URL/actuator/health" \
    || { echo "the gateway does not answer at $GATEWAY_URL: start the stack with ./livedrop up" >&2; exit 1; }
}

service_pid() { cat "$LIVEDROP_HOME/run/$1.pid" 2>/dev/null; }

# Whether the running service was started with exactly VAR=value in its environment.
started_with() {
  local pid
  pid=$(service_pid "$1") || return 1
  tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF -- "$2"
}

# restart_service NAME [VAR=value...]: stops the service `./livedrop up` started, by its PID, and
# starts it again through `./livedrop up` (which starts only what is not running) with the settings.
restart_service() {
  local name=$1 pid
  shift
  pid=$(service_pid "$name") || { echo "no PID for $name in $LIVEDROP_HOME/run: start the stack with ./livedrop up" >&2; exit 1; }
  echo "restarting $name${*:+ with $*}"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  local log
  log=$(mktemp)
  if ! env "$@" LIVEDROP_SKIP_BUILD=1 ./livedrop up > "$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; exit 1
  fi
  grep -E "starting $name|waiting for $name" "$log" || true
  rm -f "$log"
}

# Restarts the gateway with the load-run limits unless it already has them.
raise_gateway_limits() {
  local setting
  for setting in "${RAISED_LIMITS[@]}"; do
    if ! started_with gateway "$setting"; then
      restart_service gateway "${RAISED_LIMITS[@]}"
      return
    fi
  done
}

# run_simulation CLASS [-Dname=value...]: one simulation through the Gatling Maven plugin; sets
# LAST_REPORT to the HTML report it wrote (empty if it wrote none) and returns the plugin's status.
LAST_REPORT=""
run_simulation() {
  local class=$1 marker status=0
  shift
  marker=$(mktemp)
  mvn -B -ntp -pl perf/gatling gatling:test -Dgatling.simulationClass="io.livedrop.perf.gatling.$class" \
    -DbaseUrl="$GATEWAY_URL" -DuserSvcUrl="$USER_SVC_URL" "$@" || status=$?
  LAST_REPORT=$(find "$REPORTS" -mindepth 1 -maxdepth 1 -type d -name "$(echo "$class" | tr '[:upper:]' '[:lower:]')-*" \
    -newer "$marker" 2>/dev/null | sort | tail -n 1)
  [ -z "$LAST_REPORT" ] || LAST_REPORT="$PWD/$LAST_REPORT/index.html"
  rm -f "$marker"
  return $status
}
