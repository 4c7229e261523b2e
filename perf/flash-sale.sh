#!/usr/bin/env bash
# The flash-sale stampede (issue 6) against both reservation paths of order-svc in one run: the Redis
# gate (Lua script, then Postgres) and the Postgres-only switch (LIVEDROP_ORDERS_RESERVATION=postgres).
# For each: order-svc restarted with that mode, then FlashSaleSimulation through the gateway on a new
# drop: ATTEMPTS purchase attempts of one unit from BUYERS users (the same accounts in both phases),
# CONCURRENCY in flight, on STOCK units with a per-user limit. Then the comparison: attempts/s, p50/p99
# of accepted and of sold-out attempts, and units sold, which must equal the stock, read from Postgres
# (orders schema) with a check that no unit and no buyer's limit was oversold. order-svc is left in
# Redis mode. Needs the stack running (./livedrop up); the gateway gets its raised limits if it lacks them.
# Usage: perf/flash-sale.sh     knobs: ATTEMPTS=50000 STOCK=1000 BUYERS=2000 PER_USER_LIMIT=2 CONCURRENCY=200
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=perf/gatling/stack.sh
. perf/gatling/stack.sh
attempts=${ATTEMPTS:-50000}
stock=${STOCK:-1000}
buyers=${BUYERS:-2000}
limit=${PER_USER_LIMIT:-2}
concurrency=${CONCURRENCY:-200}
modes=(redis postgres)
work=$(mktemp -d)
mode_changed=0
finish() {
  if [ $mode_changed = 1 ]; then restart_service order-svc LIVEDROP_ORDERS_RESERVATION=redis; fi
  rm -rf "$work"
}
trap finish EXIT

orders_db() {
  PGPASSWORD=order_svc psql -h "${LIVEDROP_PG_HOST:-127.0.0.1}" -p "${LIVEDROP_PG_PORT:-5432}" -U order_svc -d livedrop -qtA -F ' ' "$@"
}
# summary MODE KEY: one figure the simulation wrote for that phase ('-' when absent).
summary() { local value; value=$(sed -n "s/^$2=//p" "$work/$1.properties" 2>/dev/null); echo "${value:--}"; }

require_stack
raise_gateway_limits
declare -A report status sold total sold_lines worst_buyer
for mode in "${modes[@]}"; do
  echo "== phase $mode: order-svc with LIVEDROP_ORDERS_RESERVATION=$mode"
  mode_changed=1
  restart_service order-svc LIVEDROP_ORDERS_RESERVATION="$mode"
  status[$mode]=passed
  run_simulation FlashSaleSimulation -Dattempts="$attempts" -Dstock="$stock" -Dbuyers="$buyers" \
    -DperUserLimit="$limit" -Dconcurrency="$concurrency" \
    -DbuyersFile="$work/buyers" -DsummaryFile="$work/$mode.properties" || status[$mode]=FAILED
  report[$mode]=${LAST_REPORT:-no report}
  drop=$(summary "$mode" dropId)
  if [ "$drop" != - ]; then
    # Postgres is the authority: the inventory row, the units in live orders (pending or paid) and the
    # most units any one buyer holds.
    read -r total[$mode] sold[$mode] <<<"$(orders_db -c "SELECT total, sold FROM orders.inventory WHERE drop_id = '$drop'")"
    read -r sold_lines[$mode] worst_buyer[$mode] <<<"$(orders_db -c "
      SELECT coalesce(sum(units), 0), coalesce(max(units), 0) FROM (
        SELECT o.user_id, sum(l.quantity) AS units FROM orders.order_line l JOIN orders.customer_order o ON o.id = l.order_id
        WHERE l.drop_id = '$drop' AND o.status IN ('PENDING_PAYMENT', 'CONFIRMED') GROUP BY o.user_id) AS held")"
  fi
done

row() { printf '%-40s %18s %18s\n' "$@"; }
both() { row "$1" "$(summary redis "$2")" "$(summary postgres "$2")"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.1fx", a / b; else print "-" }'; }
verdict() {
  local mode=$1
  if [ "${sold[$mode]:--}" = - ]; then echo "not measured"
  elif [ "${sold[$mode]}" -gt "${total[$mode]}" ] || [ "${sold_lines[$mode]}" -gt "${total[$mode]}" ] || [ "${worst_buyer[$mode]}" -gt "$limit" ]; then echo "OVERSOLD"
  elif [ "${sold[$mode]}" -eq "${total[$mode]}" ] && [ "${sold_lines[$mode]}" -eq "${total[$mode]}" ]; then echo "sold = stock"
  else echo "UNDERSOLD"; fi
}

echo
echo "== flash sale: $attempts attempts of 1 unit, $buyers buyers, $stock units, per-user limit $limit, $concurrency in flight"
row "" "redis" "postgres"
both "attempts answered" total
both "attempts/s" perSecond
both "accepted" purchase-accepted.count
both "accepted p50 (ms)" purchase-accepted.p50
both "accepted p99 (ms)" purchase-accepted.p99
both "refused sold-out" purchase-refused-sold-out.count
both "sold-out p50 (ms)" purchase-refused-sold-out.p50
both "sold-out p99 (ms)" purchase-refused-sold-out.p99
both "refused limit-exceeded" purchase-refused-limit-exceeded.count
row "units sold / stock (orders.inventory)" "${sold[redis]:--} / ${total[redis]:--}" "${sold[postgres]:--} / ${total[postgres]:--}"
row "units in live orders (order_line)" "${sold_lines[redis]:--}" "${sold_lines[postgres]:--}"
row "most units held by one buyer" "${worst_buyer[redis]:--}" "${worst_buyer[postgres]:--}"
row "units sold per drop-svc" "$(summary redis soldPerDropSvc)" "$(summary postgres soldPerDropSvc)"
row "verdict" "$(verdict redis)" "$(verdict postgres)"
row "checks (201 or 409 only)" "${status[redis]}" "${status[postgres]}"
echo
echo "redis vs postgres: attempt rate $(ratio "$(summary redis perSecond)" "$(summary postgres perSecond)") (goal >= 3x)," \
  "sold-out p50 $(ratio "$(summary postgres purchase-refused-sold-out.p50)" "$(summary redis purchase-refused-sold-out.p50)") faster (goal >= 10x)"
echo "reports: redis ${report[redis]}"
echo "         postgres ${report[postgres]}"
[ "${status[redis]}" = passed ] && [ "${status[postgres]}" = passed ] \
  && [ "$(verdict redis)" = "sold = stock" ] && [ "$(verdict postgres)" = "sold = stock" ]
