-- Gives reserved units back. KEYS as in reserve.lua; ARGV[1] product id, ARGV[2] user id, ARGV[3] quantity.
-- Without counters it does nothing: a rebuild reads Postgres, which has the units back already.
-- Returns 1 when given back, 0 when there were no counters.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
local quantity = tonumber(ARGV[3])
redis.call('HINCRBY', KEYS[1], 'p:' .. ARGV[1], quantity)
if redis.call('HINCRBY', KEYS[2], ARGV[2], -quantity) <= 0 then
  redis.call('HDEL', KEYS[2], ARGV[2])
end
redis.call('HINCRBY', KEYS[1], 'v', 1)
return 1
