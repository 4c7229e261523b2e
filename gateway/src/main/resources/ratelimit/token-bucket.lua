-- Token buckets, checked and charged together: a request passes only if every bucket holds a
-- token, and then takes one from each. A refused request takes nothing.
-- KEYS: one hash per bucket (fields tokens, ts); all share one hash tag, so this runs on Cluster.
-- ARGV: for each key in order, its capacity and its refill rate in tokens per second.
-- Returns 0 when the request passes, else the milliseconds until it would.
-- Redis' clock, not the callers': every gateway instance sees the same time.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local available = {}
local wait = 0
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[2 * i - 1])
  local per_ms = tonumber(ARGV[2 * i]) / 1000
  local state = redis.call('HMGET', key, 'tokens', 'ts')
  local tokens = tonumber(state[1]) or capacity
  local last = tonumber(state[2]) or now
  tokens = math.min(capacity, tokens + math.max(0, now - last) * per_ms)
  available[i] = tokens
  if tokens < 1 then
    wait = math.max(wait, math.ceil((1 - tokens) / per_ms))
  end
end
if wait > 0 then
  return wait
end

for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[2 * i - 1])
  local per_ms = tonumber(ARGV[2 * i]) / 1000
  redis.call('HSET', key, 'tokens', tostring(available[i] - 1), 'ts', now)
  -- Gone once it would be full again anyway: an idle client costs no memory.
  redis.call('PEXPIRE', key, math.ceil(capacity / per_ms) + 1000)
end
return 0
