#!/usr/bin/env bash
# How late drop.started fires: DROPS drops of one product, starting one a second from about 30 s
# from now, scheduled through the gateway; then the broker timestamp of each drop.started minus its
# scheduled start. Needs the stack running (./livedrop up). Usage: perf/drop-lateness.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
gateway=${LIVEDROP_GATEWAY_URL:-http://127.0.0.1:8080}
user_svc=${LIVEDROP_USER_SVC_URL:-http://127.0.0.1:8081}
drops=${DROPS:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

mvn -B -ntp -q -pl perf package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 2>/dev/null

email="perf-drops-$(date +%s%N)@example.com" password="perf-password-2026"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Perf Drops\"}" "$user_svc/api/v1/auth/signup"
login() { curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
  "$user_svc/api/v1/auth/login" | json_field accessToken; }
token=$(login)
curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  -d "{\"handle\":\"perfdrops_$(date +%s)\",\"displayName\":\"Perf Drops\"}" "$gateway/api/v1/creators"
# The CREATOR role comes with the next token, once user-svc has granted it.
until token=$(login) && [ "$(curl -fsS -H "Authorization: Bearer $token" "$gateway/api/v1/users/me" | grep -c CREATOR)" = 1 ]; do sleep 1; done
product_id=""
until [ -n "$product_id" ]; do
  product_id=$(curl -sS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d '{"title":"Perf print","category":"prints","price":{"amount":1000,"currency":"EUR"}}' \
    "$gateway/api/v1/products" | json_field id)
  [ -n "$product_id" ] || sleep 1
done
sleep 2  # drop-svc learns the product from its event

from=$(( $(date +%s) * 1000 ))
first=$(( $(date +%s) + 30 ))
for i in $(seq 0 $((drops - 1))); do
  starts=$(date -u -d "@$((first + i))" +%Y-%m-%dT%H:%M:%SZ)
  ends=$(date -u -d "@$((first + i + 60))" +%Y-%m-%dT%H:%M:%SZ)
  id=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "{\"title\":\"Perf drop $i\",\"startsAt\":\"$starts\",\"endsAt\":\"$ends\",\"perUserLimit\":1,\"items\":[{\"productId\":\"$product_id\",\"quantity\":10}]}" \
    "$gateway/api/v1/drops" | json_field id)
  echo "$id $starts" >> "$work/drops"
done
echo "scheduled $drops drops starting $(date -u -d "@$first" +%H:%M:%S), one a second"
"$JAVA_HOME/bin/java" -cp "perf/target/classes:$(cat perf/target/classpath.txt)" io.livedrop.perf.DropLateness \
  "${LIVEDROP_KAFKA_BOOTSTRAP:-127.0.0.1:9092}" "$from" "$work/drops"
