#!/usr/bin/env bash
# The Gatling simulations against the running local stack (./livedrop up): Browse, FollowStorm,
# FlashSale and NotificationFanOut (perf/gatling/src/main/java/io/livedrop/perf/gatling/). Restarts
# the gateway with its rate limits raised (perf/RESULTS.md) unless it has them, runs each simulation,
# and prints where its HTML report is. A simulation whose checks fail is reported and the rest still run.
#
# Usage: perf/gatling.sh [SIMULATION...]       e.g. perf/gatling.sh Browse FlashSale (default: all four)
# Knobs, as -Dname=value system properties (defaults in each simulation's class comment):
#   GATLING_OPTS for all, and BROWSE_OPTS (users, duration, accounts, products),
#   FOLLOWSTORM_OPTS (fans, rounds), FLASHSALE_OPTS (attempts, buyers, stock, perUserLimit, concurrency),
#   NOTIFICATIONFANOUT_OPTS (fans, ramp, lead, patience); e.g. BROWSE_OPTS="-Dusers=1200 -Dduration=120".
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=perf/gatling/stack.sh
. perf/gatling/stack.sh

simulations=("$@")
[ ${#simulations[@]} -gt 0 ] || simulations=(Browse FollowStorm FlashSale NotificationFanOut)
require_stack
raise_gateway_limits

results=()
failed=0
for simulation in "${simulations[@]}"; do
  options_var="$(echo "$simulation" | tr '[:lower:]' '[:upper:]')_OPTS"
  echo "== $simulation"
  # shellcheck disable=SC2086  # the options are a list of -D words
  if run_simulation "${simulation}Simulation" ${GATLING_OPTS:-} ${!options_var:-}; then outcome=passed
  else outcome=FAILED; failed=1; fi
  results+=("$(printf '%-20s %-7s %s' "$simulation" "$outcome" "${LAST_REPORT:-no report}")")
done

echo
echo "== reports"
printf '%s\n' "${results[@]}"
exit $failed
