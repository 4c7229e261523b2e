-- Sets a drop's sale status in place. KEYS as in reserve.lua.
-- ARGV[1] status, ARGV[2] expiry in seconds (0 for none).
-- Returns 1 when set, 0 when there were no counters (the caller then rebuilds them).
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
redis.call('HSET', KEYS[1], 'status', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'v', 1)
local ttl = tonumber(ARGV[2])
if ttl > 0 then
  redis.call('EXPIRE', KEYS[1], ttl)
  redis.call('EXPIRE', KEYS[2], ttl)
end
return 1
