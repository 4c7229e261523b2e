#!/usr/bin/env bash
# The gateway's added latency: one light authenticated GET (/api/v1/users/me) through the gateway
# and straight to user-svc, alternating request by request at a fixed rate, in the same run.
# Needs the stack running (./livedrop up). Usage: perf/gateway-overhead.sh [rate/s] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-200}
seconds=${2:-60}
gateway=${LIVEDROP_GATEWAY_URL:-http://127.0.0.1:8080}
direct=${LIVEDROP_USER_SVC_URL:-http://127.0.0.1:8081}

email="perf-$(date +%s%N)@example.com"
password="perf-password-2026"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Perf\"}" "$gateway/api/v1/auth/signup"
token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
  "$gateway/api/v1/auth/login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "login failed" >&2; exit 1; }

mvn -B -ntp -q -pl perf package 2>/dev/null
"${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -cp perf/target/classes io.livedrop.perf.PairedLatency "$rate" "$seconds" 10 \
  "direct=$direct/api/v1/users/me" "gateway=$gateway/api/v1/users/me" "Authorization: Bearer $token"
