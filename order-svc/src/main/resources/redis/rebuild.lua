-- Replaces a drop's counters with values read from Postgres. KEYS as in reserve.lua.
-- ARGV[1] when: 'force', 'missing' (only if there are no counters) or a version (only if the sale
--         hash still has it, so a reservation made since the caller looked is never overwritten)
-- ARGV[2] expiry in seconds, 0 for none
-- ARGV[3] status, ARGV[4] per-user limit, ARGV[5] end of sale (epoch ms) or ''
-- ARGV[6] n, then n pairs (product id, units left), then pairs (user id, units held)
-- Returns 1 when written, 0 when the condition did not hold.
local when = ARGV[1]
if when == 'missing' then
  if redis.call('EXISTS', KEYS[1]) == 1 then
    return 0
  end
elseif when ~= 'force' then
  if redis.call('HGET', KEYS[1], 'v') ~= when then
    return 0
  end
end
local version = tonumber(redis.call('HGET', KEYS[1], 'v') or '0') + 1
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], 'status', ARGV[3], 'limit', ARGV[4], 'v', version)
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[1], 'ends', ARGV[5])
end
local i = 7
for _ = 1, tonumber(ARGV[6]) do
  redis.call('HSET', KEYS[1], 'p:' .. ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i < #ARGV do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  i = i + 2
end
local ttl = tonumber(ARGV[2])
if ttl > 0 then
  redis.call('EXPIRE', KEYS[1], ttl)
  redis.call('EXPIRE', KEYS[2], ttl)
end
return 1
