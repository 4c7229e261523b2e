#!/usr/bin/env bash
# Follow graph at celebrity scale, against the running stack (./livedrop up, gateway limits raised
# as perf/RESULTS.md says): 1. a creator with FOLLOWERS followers seeded in bulk, first page vs a page
# 90% deep; 2. a follow storm of STORM_USERS users at once, and the count checked against the rows;
# 3. "am I following" and the follower count at a fixed rate through the gateway.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
gateway=${LIVEDROP_GATEWAY_URL:-http://127.0.0.1:8080}
user_svc=${LIVEDROP_USER_SVC_URL:-http://127.0.0.1:8081}
followers=${FOLLOWERS:-1000000}
storm_users=${STORM_USERS:-500}
rate=${RATE:-100}
seconds=${RUN_SECONDS:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

follow_db() { PGPASSWORD=follow_svc psql -h 127.0.0.1 -p "${LIVEDROP_PG_PORT:-5432}" -U follow_svc -d livedrop -qtA "$@"; }
java_run() { "$JAVA_HOME/bin/java" -cp perf/target/classes "$@"; }
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

# Sets up one signed-in user directly at user-svc (setup is not what is measured) and prints its token.
new_user() {
  local email="perf-$1-$(date +%s%N)@example.com" password="perf-password-2026"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Perf $1\"}" "$user_svc/api/v1/auth/signup"
  curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$user_svc/api/v1/auth/login" | json_field accessToken
  echo
}
export -f new_user json_field
export user_svc

mvn -B -ntp -q -pl perf package 2>/dev/null

echo "== a celebrity with $followers followers"
owner=$(new_user owner)
creator_id=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $owner" \
  -d "{\"handle\":\"celebrity_$(date +%s)\",\"displayName\":\"Celebrity\"}" "$gateway/api/v1/creators" | json_field id)
until [ "$(follow_db -c "SELECT count(*) FROM creator WHERE id = '$creator_id'")" = 1 ]; do sleep 0.5; done
seed_start=$(date +%s)
follow_db <<SQL
INSERT INTO follow (id, creator_id, user_id, followed_at)
SELECT gen_random_uuid(), '$creator_id', gen_random_uuid(), now() - make_interval(secs => g)
FROM generate_series(1, $followers) AS g;
INSERT INTO follower_count_slot (creator_id, slot, followers, dirty) VALUES ('$creator_id', 0, $followers, true)
ON CONFLICT (creator_id, slot) DO UPDATE SET followers = follower_count_slot.followers + EXCLUDED.followers, dirty = true;
ANALYZE follow;
SQL
echo "seeded in $(( $(date +%s) - seed_start )) s"

deep_row=$(follow_db -c "SELECT to_char(followed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || ',' || id
  FROM follow WHERE creator_id = '$creator_id' ORDER BY followed_at DESC, id DESC OFFSET $((followers * 9 / 10)) LIMIT 1")
cursor=$(printf '["%s","%s"]' "${deep_row%%,*}" "${deep_row##*,}" | base64 -w0 | tr '+/' '-_' | tr -d '=')
echo "== first page vs a page $((followers * 9 / 10)) rows deep, $rate req/s for $seconds s, through the gateway"
java_run io.livedrop.perf.PairedLatency "$rate" "$seconds" 5 \
  "first=$gateway/api/v1/creators/$creator_id/followers?limit=20" \
  "deep=$gateway/api/v1/creators/$creator_id/followers?limit=20&cursor=$cursor"

echo "== follow storm: $storm_users users follow the celebrity at once, through the gateway"
seq "$storm_users" | xargs -P 4 -I{} bash -c 'new_user {}' > "$work/tokens"
java_run io.livedrop.perf.Burst PUT "$gateway/api/v1/creators/$creator_id/followers/me" "$work/tokens"
sleep 3
rows=$(follow_db -c "SELECT count(*) FROM follow WHERE creator_id = '$creator_id'")
served=$(curl -fsS "$gateway/api/v1/creators/$creator_id/follower-count" | sed -n 's/.*"followerCount":\([0-9]*\).*/\1/p')
echo "follow rows: $rows, follower count served: $served, expected: $((followers + storm_users))"

echo "== am-I-following and follower count, $rate req/s for $seconds s, through the gateway"
java_run io.livedrop.perf.PairedLatency "$rate" "$seconds" 5 \
  "following=$gateway/api/v1/users/me/following/$creator_id" \
  "count=$gateway/api/v1/creators/$creator_id/follower-count" "Authorization: Bearer $(head -n 1 "$work/tokens")"
