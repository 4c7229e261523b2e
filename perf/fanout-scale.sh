#!/usr/bin/env bash
# Notification fan-out at celebrity scale, against the running stack: a new creator with FOLLOWERS
# followers (announced as follow.added events on Kafka, as follow-svc would), SOCKETS of whom hold the
# notification WebSocket (through the gateway, or at SOCKETS_URL); then the drop is scheduled (which prepares
# its start's work items; PREPARED=0 skips this) and drop.started goes to Kafka. Prints the time from that
# record's Kafka timestamp to each socket's "live now" (p50/p99/max, missing) and until all FOLLOWERS
# inbox rows exist.
#
# Access tokens are minted with the key user-svc signs with (signing up 10,000 users would take longer
# than the benchmark), so the stack must run with a known key, limits raised for 10,000 handshakes from
# one address, and file descriptors for 2 x SOCKETS connections in the gateway:
#   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /tmp/livedrop-perf-key.pem
#   export LIVEDROP_JWT_SIGNING_KEY="$(cat /tmp/livedrop-perf-key.pem)"
#   export LIVEDROP_GATEWAY_RATELIMIT_PERUSER_CAPACITY=1000000 LIVEDROP_GATEWAY_RATELIMIT_PERUSER_REFILLPERSECOND=1000000 \
#          LIVEDROP_GATEWAY_RATELIMIT_PERIP_CAPACITY=1000000 LIVEDROP_GATEWAY_RATELIMIT_PERIP_REFILLPERSECOND=1000000
#   ulimit -n 65536 && ./livedrop up
# Where a process may hold fewer than 2 x SOCKETS descriptors (20,000 on the benchmark machine), spread the
# sockets over several gateways (SOCKETS_URL=http://127.0.0.1:8080,http://127.0.0.1:8090, in turn; perf/RESULTS.md
# says how the second was started) or open them at notification-svc itself: SOCKETS_URL=http://127.0.0.1:8088.
# The clients are perf/.../SocketFleet.java: one thread reads all of them and times each message as it reads
# it (the JDK's client queued messages on its own, and so timed itself; perf/RESULTS.md).
# Usage: SIGNING_KEY=/tmp/livedrop-perf-key.pem [FOLLOWERS=100000] [SOCKETS=10000] [SOCKETS_URL=url[,url...]] [PREPARED=0] perf/fanout-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
: "${SIGNING_KEY:?set SIGNING_KEY to the PEM file of the key user-svc runs with (LIVEDROP_JWT_SIGNING_KEY)}"
gateway=${LIVEDROP_GATEWAY_URL:-http://127.0.0.1:8080}
user_svc=${LIVEDROP_USER_SVC_URL:-http://127.0.0.1:8081}
followers=${FOLLOWERS:-100000}
sockets=${SOCKETS:-10000}

# One descriptor per socket here; more than the default 1024 is needed for any real run.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

mvn -B -ntp -q -pl perf package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 2>/dev/null

"$JAVA_HOME/bin/java" -Xmx1g -cp "perf/target/classes:$(cat perf/target/classpath.txt)" io.livedrop.perf.FanoutScale \
  "${LIVEDROP_KAFKA_BOOTSTRAP:-127.0.0.1:9092}" "${SOCKETS_URL:-$gateway}" "$user_svc" "$SIGNING_KEY" \
  "127.0.0.1:${LIVEDROP_PG_PORT:-5432}" "$followers" "$sockets" \
  "$([ "${PREPARED:-1}" = 0 ] && echo unprepared || echo prepared)"
