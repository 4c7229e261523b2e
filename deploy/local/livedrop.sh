#!/usr/bin/env bash
# The local LiveDrop: real servers on loopback, started from Debian packages and Maven artifacts,
# then the services. Every process it starts is recorded by PID under $LIVEDROP_HOME/run, and
# `down` stops exactly those.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$ROOT/deploy/local"
LIVEDROP_HOME=${LIVEDROP_HOME:-$ROOT/.livedrop}
RUN="$LIVEDROP_HOME/run"
LOGS="$LIVEDROP_HOME/logs"
LIB="$LIVEDROP_HOME/lib"
ENV_FILE="$LIVEDROP_HOME/env"

# Ports chosen at the first `up` stay in the env file until `down`, so status, logs and test agree.
if [ -f "$ENV_FILE" ]; then
  # shellcheck disable=SC1090
  . "$ENV_FILE"
fi
PG_PORT=${LIVEDROP_PG_PORT:-5432}
REDIS_PORT=${LIVEDROP_REDIS_PORT:-6379}
KAFKA_PORT=${LIVEDROP_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${LIVEDROP_KAFKA_CONTROLLER_PORT:-9093}
ES_PORT=${LIVEDROP_ES_PORT:-9200}
ES_TRANSPORT_PORT=${LIVEDROP_ES_TRANSPORT_PORT:-9300}
S3_PORT=${LIVEDROP_S3_PORT:-9000}
ZIPKIN_PORT=${LIVEDROP_ZIPKIN_PORT:-9411}
SMTP_PORT=${LIVEDROP_SMTP_PORT:-3025}
SMTP_IMAP_PORT=${LIVEDROP_SMTP_IMAP_PORT:-3143}
SMTP_API_PORT=${LIVEDROP_SMTP_API_PORT:-8025}

INFRA=(postgres redis kafka elasticsearch s3 zipkin smtp)
# name:port, gateway last so that it finds its routes' services up.
SERVICES=(user-svc:8081 creator-svc:8082 follow-svc:8083 product-svc:8084 drop-svc:8085
          order-svc:8086 search-svc:8087 notification-svc:8088 gateway:8080)

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
fail() { printf 'livedrop: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'TEXT'
usage: ./livedrop COMMAND
  up [--infra-only]   install what is missing, start the servers (and the services), print URLs
  down                stop everything `up` started, by PID
  status              what runs, and whether it answers
  logs NAME           follow one log (a server such as kafka, or a service such as order-svc)
  stop NAME | start NAME   stop or start one server (postgres, redis, kafka, ...): outage drills and tests
  env                 print the connection environment (eval "$(./livedrop env)" for an IDE)
  test                start what is needed, run every test (mvn verify, then end-to-end), stop it again
TEXT
}

# ---------------------------------------------------------------------------- prerequisites

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  say "installing $* (apt-get)"
  if [ ! -f "$LIVEDROP_HOME/.apt-updated" ]; then
    as_root apt-get update -qq >/dev/null
    touch "$LIVEDROP_HOME/.apt-updated"
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The newest JDK of 21 or above: the code targets 21, and Elasticsearch needs 21+.
pick_java() {
  local best="" best_version=0 home version
  for home in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
    [ -n "$version" ] || continue
    if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best=$home best_version=$version
    fi
  done
  [ -n "$best" ] || fail "no JDK 21 or newer found (set JAVA_HOME, or install one: apt-get install openjdk-21-jdk-headless)"
  export JAVA_HOME=$best
  JAVA_MAJOR=$best_version
  export PATH="$JAVA_HOME/bin:$PATH"
}

ensure_maven() {
  command -v mvn >/dev/null || apt_install maven
}

mvn_run() {
  local opts=${MAVEN_OPTS:-}
  # JDK 24+ warns about Maven's own use of sun.misc.Unsafe; the warning says nothing about LiveDrop.
  if [ "$JAVA_MAJOR" -ge 24 ]; then opts="$opts --sun-misc-unsafe-memory-access=allow"; fi
  MAVEN_OPTS="$opts" mvn -B -ntp "$@"
}

mvn_quiet() { mvn_run -q "$@"; }

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ]; then
    apt_install postgresql
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

ensure_tools() {
  mkdir -p "$RUN" "$LOGS" "$LIB"
  command -v redis-server >/dev/null || apt_install redis-server
  if [ ! -f "$LIB/kafka.classpath" ] || [ ! -f "$LIB/s3proxy.jar" ] || [ ! -f "$LIB/zipkin.jar" ] \
     || [ ! -f "$LIB/greenmail.jar" ] || [ ! -f "$LIB/opentelemetry-javaagent.jar" ] \
     || [ "$LOCAL/tools/pom.xml" -nt "$LIB/kafka.classpath" ]; then
    say "fetching Kafka, S3Proxy, Zipkin, GreenMail and the OpenTelemetry agent (Maven artifacts)"
    mvn_quiet -f "$LOCAL/tools/pom.xml" -Dlivedrop.lib="$LIB" generate-resources
    # An unchanged classpath is not rewritten: mark the fetch done, so the next start does not repeat it.
    touch "$LIB/kafka.classpath"
  fi
}

# ---------------------------------------------------------------------------- processes

pid_of() { cat "$RUN/$1.pid" 2>/dev/null || true; }

running() {
  local pid
  pid=$(pid_of "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port someone else holds is a clear error, never a hang.
claim_port() {
  local name=$1 port=$2 variable=$3
  if port_open "$port"; then
    fail "port $port for $name is already taken by another process; free it or choose another with $variable=<port>"
  fi
}

start_bg() {
  local name=$1; shift
  setsid "$@" >"$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

wait_until() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  printf '    waiting for %s ' "$name"
  until "$@" >/dev/null 2>&1; do
    if [ -n "$(pid_of "$name")" ] && ! running "$name"; then
      printf 'exited\n'; tail -n 30 "$LOGS/$name.log" >&2 || true
      fail "$name exited while starting (log: $LOGS/$name.log)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      printf 'timed out\n'; tail -n 30 "$LOGS/$name.log" >&2 || true
      fail "$name did not answer within ${seconds}s (log: $LOGS/$name.log)"
    fi
    printf '.'; sleep 1
  done
  printf ' up\n'
}

stop_pid() {
  local name=$1 signal=${2:-TERM} pid
  pid=$(pid_of "$name")
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    printf '    stopped %s (pid %s)\n' "$name" "$pid"
  fi
  rm -f "$RUN/$name.pid"
}

# ---------------------------------------------------------------------------- servers

pg_runas() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  local bin data
  bin=$(pg_bindir)
  data="$LIVEDROP_HOME/postgres"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || apt_install postgresql
    # PostgreSQL refuses to run as root, and its user must be able to reach the data directory.
    if ! runuser -u postgres -- test -x "$LIVEDROP_HOME"; then
      data="/var/tmp/livedrop-postgres-$(echo "$LIVEDROP_HOME" | cksum | cut -d' ' -f1)"
    fi
    mkdir -p "$data" && chown postgres "$data"
  fi
  echo "$data" > "$RUN/postgres.datadir"
  if [ ! -f "$data/data/PG_VERSION" ]; then
    pg_runas "$bin/initdb" -D "$data/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-instructions >"$LOGS/postgres-init.log"
  fi
  pg_runas "$bin/pg_ctl" -D "$data/data" -l "$data/postgres.log" -w -t 60 start -o \
    "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
  head -n 1 "$data/data/postmaster.pid" > "$RUN/postgres.pid"
  ln -sf "$data/postgres.log" "$LOGS/postgres.log"
  pg_runas "$bin/psql" -q -h "$data" -p "$PG_PORT" -U postgres -d postgres -f "$LOCAL/postgres/bootstrap.sql" >/dev/null
}

start_redis() {
  mkdir -p "$LIVEDROP_HOME/redis"
  # Redis is a cache and a fast gate, rebuilt from Postgres: no persistence locally.
  start_bg redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$LIVEDROP_HOME/redis" --maxmemory 512mb --maxmemory-policy noeviction
  wait_until redis 30 redis-cli -p "$REDIS_PORT" ping
}

start_kafka() {
  local dir="$LIVEDROP_HOME/kafka"
  mkdir -p "$dir"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
PROPS
  local java_opts=(-Xms128m -Xmx512m -Dkafka.logs.dir="$dir/logs" -Dlog4j2.configurationFile="$LOCAL/kafka/log4j2.properties")
  local cp
  cp=$(cat "$LIB/kafka.classpath")
  if [ ! -f "$dir/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$("$JAVA_HOME/bin/java" "${java_opts[@]}" -cp "$cp" kafka.tools.StorageTool random-uuid)
    "$JAVA_HOME/bin/java" "${java_opts[@]}" -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$dir/server.properties" >"$LOGS/kafka-format.log" 2>&1
  fi
  start_bg kafka "$JAVA_HOME/bin/java" "${java_opts[@]}" -cp "$cp" kafka.Kafka "$dir/server.properties"
  wait_until kafka 90 port_open "$KAFKA_PORT"
}

start_elasticsearch() {
  mkdir -p "$LIVEDROP_HOME/elasticsearch"
  start_bg elasticsearch bash "$LOCAL/elasticsearch/run.sh" "$LIVEDROP_HOME/elasticsearch" "$ES_PORT" "$ES_TRANSPORT_PORT"
  wait_until elasticsearch 240 es_healthy
}

es_healthy() { curl -fsS "http://127.0.0.1:$ES_PORT/_cluster/health" | grep -Eq '"status":"(green|yellow)"'; }

start_s3() {
  local dir="$LIVEDROP_HOME/s3"
  mkdir -p "$dir/data/livedrop-media"
  cat > "$dir/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=livedrop
s3proxy.credential=livedrop-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir/data
PROPS
  start_bg s3 "$JAVA_HOME/bin/java" -Xms32m -Xmx192m -jar "$LIB/s3proxy.jar" --properties "$dir/s3proxy.properties"
  wait_until s3 60 port_open "$S3_PORT"
}

start_zipkin() {
  start_bg zipkin env QUERY_PORT="$ZIPKIN_PORT" MEM_MAX_SPANS=30000 "$JAVA_HOME/bin/java" -Xms32m -Xmx512m \
    -jar "$LIB/zipkin.jar" --server.address=127.0.0.1
  wait_until zipkin 120 curl -fsS "http://127.0.0.1:$ZIPKIN_PORT/health"
}

# GreenMail: a real SMTP server that keeps what it receives, readable over IMAP and its REST API
# (GET /api/user/{address}/messages/INBOX), so tests can see the mail a service sent. Any address is
# accepted and any password works: it is a test server on loopback, never a relay.
start_smtp() {
  start_bg smtp "$JAVA_HOME/bin/java" -Xms16m -Xmx96m -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$SMTP_IMAP_PORT" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$SMTP_API_PORT" -jar "$LIB/greenmail.jar"
  wait_until smtp 60 curl -fsS "http://127.0.0.1:$SMTP_API_PORT/api/service/readiness"
}

infra_port() {
  case $1 in
    postgres) echo "$PG_PORT LIVEDROP_PG_PORT" ;;
    redis) echo "$REDIS_PORT LIVEDROP_REDIS_PORT" ;;
    kafka) echo "$KAFKA_PORT LIVEDROP_KAFKA_PORT" ;;
    elasticsearch) echo "$ES_PORT LIVEDROP_ES_PORT" ;;
    s3) echo "$S3_PORT LIVEDROP_S3_PORT" ;;
    zipkin) echo "$ZIPKIN_PORT LIVEDROP_ZIPKIN_PORT" ;;
    smtp) echo "$SMTP_PORT LIVEDROP_SMTP_PORT" ;;
  esac
}

write_env() {
  cat > "$ENV_FILE" <<ENV
export LIVEDROP_PG_HOST=127.0.0.1
export LIVEDROP_PG_PORT=$PG_PORT
export LIVEDROP_PG_DATABASE=livedrop
export LIVEDROP_PG_ADMIN_USER=livedrop
export LIVEDROP_PG_ADMIN_PASSWORD=livedrop
export LIVEDROP_REDIS_HOST=127.0.0.1
export LIVEDROP_REDIS_PORT=$REDIS_PORT
export LIVEDROP_KAFKA_PORT=$KAFKA_PORT
export LIVEDROP_KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT
export LIVEDROP_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
export LIVEDROP_ES_PORT=$ES_PORT
export LIVEDROP_ES_TRANSPORT_PORT=$ES_TRANSPORT_PORT
export LIVEDROP_ES_URL=http://127.0.0.1:$ES_PORT
export LIVEDROP_S3_PORT=$S3_PORT
export LIVEDROP_S3_ENDPOINT=http://127.0.0.1:$S3_PORT
export LIVEDROP_S3_ACCESS_KEY=livedrop
export LIVEDROP_S3_SECRET_KEY=livedrop-secret
export LIVEDROP_S3_BUCKET=livedrop-media
export LIVEDROP_ZIPKIN_PORT=$ZIPKIN_PORT
export LIVEDROP_ZIPKIN_URL=http://127.0.0.1:$ZIPKIN_PORT
export LIVEDROP_SMTP_HOST=127.0.0.1
export LIVEDROP_SMTP_PORT=$SMTP_PORT
export LIVEDROP_SMTP_IMAP_PORT=$SMTP_IMAP_PORT
export LIVEDROP_SMTP_API_PORT=$SMTP_API_PORT
export LIVEDROP_SMTP_API_URL=http://127.0.0.1:$SMTP_API_PORT
ENV
}

up_infra() {
  ensure_tools
  local name port variable
  for name in "${INFRA[@]}"; do
    if running "$name"; then
      printf '    %-14s already running (pid %s)\n' "$name" "$(pid_of "$name")"
      continue
    fi
    read -r port variable <<<"$(infra_port "$name")"
    claim_port "$name" "$port" "$variable"
    say "starting $name on 127.0.0.1:$port"
    "start_$name"
  done
  write_env
}

# ---------------------------------------------------------------------------- services

service_jar() { echo "$ROOT/$1/target/$1.jar"; }

service_ready() { curl -fsS "http://127.0.0.1:$1/actuator/health/readiness" | grep -q '"UP"'; }

build_services() {
  say "building the services (mvn package, tests skipped: \`./livedrop test\` runs them)"
  (cd "$ROOT" && mvn_quiet -DskipTests package)
}

# On one machine every client shares 127.0.0.1, so the gateway's per-address limit on login and
# sign-up (a burst of 10 in production) would throttle a developer's test run. Any of these can
# be set before `up`; perf runs raise the others the same way (see perf/RESULTS.md).
export LIVEDROP_GATEWAY_RATELIMIT_AUTHPERIP_CAPACITY=${LIVEDROP_GATEWAY_RATELIMIT_AUTHPERIP_CAPACITY:-500}
export LIVEDROP_GATEWAY_RATELIMIT_AUTHPERIP_REFILLPERSECOND=${LIVEDROP_GATEWAY_RATELIMIT_AUTHPERIP_REFILLPERSECOND:-20}
# The simulated payment provider fails 10% of payments by default; the local stack pays reliably
# so a journey is repeatable (set it above 0 to rehearse failures).
export LIVEDROP_PAYMENTS_SIMULATED_FAILURERATE=${LIVEDROP_PAYMENTS_SIMULATED_FAILURERATE:-0}

# A WebSocket's handshake carries the access token in its query (browsers cannot set its headers): spans record
# the query, so its value is redacted there, with the agent's own defaults kept (the list replaces them).
OTEL_SENSITIVE_QUERY_PARAMETERS=access_token,AWSAccessKeyId,Signature,sig,X-Goog-Signature

# Traces: parent-based ratio sampling, so a request sampled at the gateway is kept in every service
# it reaches; LIVEDROP_TRACE_SAMPLE_RATIO (0.0-1.0) sets the share of new traces, all of them locally.
start_service() {
  local name=$1 port=$2
  # The code cache keeps the JVM's default size: capped at 64 MB, every 10 MB of newly compiled code set off a
  # full collection (SweeperThreshold is a share of it), one of them 691 ms long in the middle of a broadcast.
  local java_opts=(-Xms64m -Xmx384m -XX:+UseSerialGC -Xss512k)
  if [ "$name" = notification-svc ]; then
    # Room for 10,000 open sockets (about 30 KB of heap each). Compiled by C1 alone: on two cores, a
    # restarted instance's first broadcast to them took 1.4-1.6 s with C2 compiling beside the sends,
    # 0.7-1.1 s without (perf/RESULTS.md). C1 alone would reserve 48 MB of code cache, small enough
    # again to set off the full collections above.
    java_opts+=(-Xmx1g -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m)
  fi
  if [ "${LIVEDROP_OTEL:-on}" != off ]; then
    java_opts+=(-javaagent:"$LIB/opentelemetry-javaagent.jar" -Dotel.service.name="$name"
      -Dotel.traces.exporter=zipkin -Dotel.exporter.zipkin.endpoint="$LIVEDROP_ZIPKIN_URL/api/v2/spans"
      -Dotel.metrics.exporter=none -Dotel.logs.exporter=none
      -Dotel.instrumentation.sanitization.url.experimental.sensitive-query-parameters="$OTEL_SENSITIVE_QUERY_PARAMETERS"
      -Dotel.traces.sampler=parentbased_traceidratio -Dotel.traces.sampler.arg="${LIVEDROP_TRACE_SAMPLE_RATIO:-1.0}")
  fi
  # shellcheck disable=SC2086
  start_bg "$name" "$JAVA_HOME/bin/java" "${java_opts[@]}" ${LIVEDROP_SERVICE_JAVA_OPTS:-} \
    -jar "$(service_jar "$name")" --server.port="$port"
}

up_services() {
  local entry name port pending=()
  for entry in "${SERVICES[@]}"; do
    running "${entry%%:*}" || pending+=("$entry")
  done
  if [ ${#pending[@]} -eq 0 ]; then
    say "all services already running"; return 0
  fi
  if [ "${LIVEDROP_SKIP_BUILD:-}" != 1 ]; then build_services; fi
  set -a; . "$ENV_FILE"; set +a
  # A few at a time: nine JVMs starting at once on two cores starve each other into timeouts.
  local wave=${LIVEDROP_START_WAVE:-3} started=() waiting
  for entry in "${pending[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    claim_port "$name" "$port" "--server.port of $name"
    [ -f "$(service_jar "$name")" ] || fail "$(service_jar "$name") is missing: build it with mvn package"
    say "starting $name on 127.0.0.1:$port"
    start_service "$name" "$port"
    started+=("$entry")
    if [ ${#started[@]} -ge "$wave" ] || [ "$entry" = "${pending[-1]}" ]; then
      for waiting in "${started[@]}"; do
        wait_until "${waiting%%:*}" 300 service_ready "${waiting##*:}"
      done
      started=()
    fi
  done
  warm_up
}

# The first requests to a freshly started JVM pay for class loading, JIT, connection pools and
# user-svc's signing keys; with nine cold services on two cores one of them can outlast the
# gateway's 5 s response timeout and be answered 503. So the stack counts as up only once every
# service has answered through the gateway, each with a token so it has fetched the keys too.
# The requests read, or are refused for bad input; the one account they use is the warm-up's own.
WARM_UP_EMAIL=warm-up@livedrop.local
WARM_UP_PASSWORD=warm-up-0nly-locally

# Sends one request until the gateway answers it with anything but "unavailable"; prints the body.
answered() {
  local method=$1 path=$2 token=$3 body=${4:-} deadline=$((SECONDS + 180)) out code
  local args=(-s -X "$method" --max-time 10 -H 'Content-Type: application/json' -w '\n%{http_code}')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(--data "$body")
  while :; do
    out=$(curl "${args[@]}" "http://127.0.0.1:8080/api/v1$path" || true)
    code=${out##*$'\n'}
    case $code in 000|502|503|504) ;; *) printf '%s' "${out%$'\n'*}"; return 0 ;; esac
    [ $SECONDS -lt $deadline ] || fail "$method $path was not answered through the gateway within 180s"
    printf '.' >&2; sleep 1
  done
}

warm_up() {
  local started=$SECONDS token none=00000000-0000-0000-0000-000000000000
  local account="{\"email\":\"$WARM_UP_EMAIL\",\"password\":\"$WARM_UP_PASSWORD\""
  printf '    warming up every service through the gateway ' >&2
  answered POST /auth/signup "" "$account,\"displayName\":\"Warm-up\"}" >/dev/null
  token=$(answered POST /auth/login "" "$account}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || fail "the warm-up account $WARM_UP_EMAIL could not log in"
  answered GET /users/me "$token" >/dev/null
  # A real creator page (409 once it exists): its first creation crosses creator-svc, user-svc's role
  # grant and their service tokens, the coldest path of a fresh start.
  answered POST /creators "$token" '{"handle":"warm_up_local","displayName":"Warm-up"}' >/dev/null
  answered GET "/users/me/following/$none" "$token" >/dev/null
  answered GET "/products/$none" "$token" >/dev/null
  answered POST /products "$token" '{}' >/dev/null
  answered GET '/drops?status=LIVE' "$token" >/dev/null
  answered GET /users/me/orders "$token" >/dev/null
  answered POST /orders "$token" '{}' >/dev/null
  answered GET '/search/products?q=warm' "$token" >/dev/null
  answered GET '/search/suggest?prefix=wa' "$token" >/dev/null
  answered GET /notifications/unread-count "$token" >/dev/null
  printf ' answered in %ss\n' $((SECONDS - started)) >&2
}

print_urls() {
  cat <<TEXT

LiveDrop is up.
  gateway (public API)   http://localhost:8080/api/v1   (OpenAPI: http://localhost:8080/swagger-ui.html)
  services               user 8081, creator 8082, follow 8083, product 8084, drop 8085,
                         order 8086, search 8087, notification 8088 (each /actuator/health)
  PostgreSQL             127.0.0.1:$PG_PORT  database livedrop
  Redis                  127.0.0.1:$REDIS_PORT
  Kafka                  127.0.0.1:$KAFKA_PORT
  Elasticsearch          http://127.0.0.1:$ES_PORT
  S3 (S3Proxy)           http://127.0.0.1:$S3_PORT  bucket livedrop-media
  Zipkin (traces)        http://127.0.0.1:$ZIPKIN_PORT
  SMTP (GreenMail)       127.0.0.1:$SMTP_PORT  IMAP 127.0.0.1:$SMTP_IMAP_PORT  mail API http://127.0.0.1:$SMTP_API_PORT/api/user
Logs: ./livedrop logs NAME   Stop: ./livedrop down
TEXT
}

# ---------------------------------------------------------------------------- commands

cmd_up() {
  local infra_only=0
  [ "${1:-}" = "--infra-only" ] && infra_only=1
  pick_java; ensure_maven
  mkdir -p "$RUN" "$LOGS"
  say "LiveDrop state in $LIVEDROP_HOME (JDK: $JAVA_HOME)"
  up_infra
  if [ $infra_only = 1 ]; then
    say "infrastructure is up; connection settings: eval \"\$(./livedrop env)\""
    return 0
  fi
  up_services
  print_urls
}

cmd_down() {
  local i entry
  for ((i=${#SERVICES[@]}-1; i>=0; i--)); do
    entry=${SERVICES[$i]}
    stop_pid "${entry%%:*}"
  done
  for ((i=${#INFRA[@]}-1; i>=0; i--)); do
    stop_server "${INFRA[$i]}"
  done
  rm -f "$ENV_FILE"
}

# Proportional set size of a process and its children, in MB: shared pages (PostgreSQL's shared
# buffers) are split among the processes that share them instead of being counted in each.
memory_mb() {
  local pid=$1 total=0 p kb
  for p in $pid $(pgrep -P "$pid" || true); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

cmd_status() {
  local name entry pid state total=0 mb
  printf '%-16s %-44s %s\n' NAME STATE "MEMORY (PSS)"
  for name in "${INFRA[@]}" "${SERVICES[@]%%:*}"; do
    pid=$(pid_of "$name"); state="stopped"; mb=""
    if running "$name"; then
      state="running (pid $pid)"
      for entry in "${SERVICES[@]}"; do
        if [ "${entry%%:*}" = "$name" ]; then
          if service_ready "${entry##*:}"; then state="healthy (pid $pid, port ${entry##*:})"
          else state="running, not ready (pid $pid, port ${entry##*:})"; fi
        fi
      done
      mb=$(memory_mb "$pid"); total=$((total + mb)); mb="$mb MB"
    fi
    printf '%-16s %-44s %s\n' "$name" "$state" "$mb"
  done
  printf '%-16s %-44s %s\n' total "" "$total MB"
}

stop_server() {
  if [ "$1" = postgres ]; then stop_pid postgres INT; else stop_pid "$1"; fi
}

is_server() { printf '%s\n' "${INFRA[@]}" | grep -qx -- "$1"; }

cmd_stop() {
  is_server "${1:-}" || fail "usage: ./livedrop stop NAME, NAME one of: ${INFRA[*]}"
  stop_server "$1"
}

cmd_start() {
  is_server "${1:-}" || fail "usage: ./livedrop start NAME, NAME one of: ${INFRA[*]}"
  pick_java
  running "$1" && { say "$1 already running"; return 0; }
  ensure_maven; ensure_tools
  local port variable
  read -r port variable <<<"$(infra_port "$1")"
  claim_port "$1" "$port" "$variable"
  say "starting $1 on 127.0.0.1:$port"
  "start_$1"
  # A server added since the env file was written (or started on its own) gets its settings in it;
  # the others' lines come out the same, since the file was read above.
  write_env
}

cmd_logs() {
  [ -n "${1:-}" ] || fail "usage: ./livedrop logs NAME"
  [ -e "$LOGS/$1.log" ] || fail "no log for $1 in $LOGS"
  tail -n 200 -F "$LOGS/$1.log"
}

cmd_env() {
  [ -f "$ENV_FILE" ] || fail "nothing runs: ./livedrop up --infra-only"
  cat "$ENV_FILE"
}

# What `test` started, so that the exit trap stops exactly that (global: the trap runs after the
# function has returned, when its locals are gone).
STARTED_BY_TEST=()

stop_started_by_test() {
  local i
  for ((i=${#STARTED_BY_TEST[@]}-1; i>=0; i--)); do
    if is_server "${STARTED_BY_TEST[$i]}"; then stop_server "${STARTED_BY_TEST[$i]}"; else stop_pid "${STARTED_BY_TEST[$i]}"; fi
  done
  if ! running postgres; then rm -f "$ENV_FILE"; fi
}

cmd_test() {
  pick_java; ensure_maven
  say "deployment files: docker compose and Kubernetes, validated offline"
  "$ROOT/deploy/validate.sh"

  local name entry
  for name in "${INFRA[@]}"; do running "$name" || STARTED_BY_TEST+=("$name"); done
  for entry in "${SERVICES[@]}"; do running "${entry%%:*}" || STARTED_BY_TEST+=("${entry%%:*}"); done
  # A developer's running stack stays; only what this run started is stopped, also on failure.
  trap stop_started_by_test EXIT

  mkdir -p "$RUN" "$LOGS"
  up_infra
  set -a; . "$ENV_FILE"; set +a

  say "unit and integration tests against the real servers (mvn install)"
  (cd "$ROOT" && mvn_run install)

  say "end-to-end tests through the gateway against the running stack"
  LIVEDROP_SKIP_BUILD=1 up_services
  (cd "$ROOT" && mvn_run -pl e2e-tests -Pe2e verify -Dlivedrop.logs-dir="$LOGS")
}

case "${1:-help}" in
  up) shift; cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  start) shift; cmd_start "$@" ;;
  env) cmd_env ;;
  test) cmd_test ;;
  help|-h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
