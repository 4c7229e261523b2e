#!/usr/bin/env bash
# Search at catalogue scale, against the running stack (./livedrop up, gateway limits raised as
# perf/RESULTS.md says): PRODUCTS generated products of one creator created through product-svc's API
# (straight to the service: loading is setup, not what is measured), then through the gateway the
# p50/p99 of a faceted product search and of autocomplete at RATE req/s for RUN_SECONDS, and the
# freshness of UPDATES renames (PATCH through the gateway until search finds the new title).
# Usage: PRODUCTS=100000 RATE=50 RUN_SECONDS=60 UPDATES=500 perf/search-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
gateway=${LIVEDROP_GATEWAY_URL:-http://127.0.0.1:8080}
user_svc=${LIVEDROP_USER_SVC_URL:-http://127.0.0.1:8081}
product_svc=${LIVEDROP_PRODUCT_SVC_URL:-http://127.0.0.1:8084}
products=${PRODUCTS:-100000}
rate=${RATE:-50}
seconds=${RUN_SECONDS:-60}
updates=${UPDATES:-500}
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

mvn -B -ntp -q -pl perf package 2>/dev/null

email="perf-search-$(date +%s%N)@example.com" password="perf-password-2026"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Perf Search\"}" "$user_svc/api/v1/auth/signup"
login() { curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
  "$user_svc/api/v1/auth/login" | json_field accessToken; }
token=$(login)
creator_id=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  -d "{\"handle\":\"perfsearch_$(date +%s)\",\"displayName\":\"Perf Search Studio\"}" "$gateway/api/v1/creators" | json_field id)
# The CREATOR role comes with the next token, once user-svc has granted it.
until token=$(login) && [ "$(curl -fsS -H "Authorization: Bearer $token" "$gateway/api/v1/users/me" | grep -c CREATOR)" = 1 ]; do sleep 1; done
# product-svc learns the creator page from creator-svc's event; until then it answers 409.
until [ "$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  -d '{"title":"Warm-up print","category":"prints","price":{"amount":1000,"currency":"EUR"}}' \
  "$product_svc/api/v1/products")" = 201 ]; do sleep 1; done
until curl -fsS "$gateway/api/v1/search/products?limit=1&creatorId=$creator_id" | grep -q '"value":"prints","count":1'; do sleep 1; done
echo "creator $creator_id ready; loading $products products"

"$JAVA_HOME/bin/java" -cp perf/target/classes io.livedrop.perf.SearchScale "$gateway" "$product_svc" "$user_svc" \
  "$email" "$password" "$creator_id" "$products" "$rate" "$seconds" "$updates"
