-- Checks the drop is live, the stock and the buyer's per-drop limit, and reserves, in one step.
-- KEYS[1] the drop's sale hash (status, limit, ends, v, p:<productId> = units left)
-- KEYS[2] the drop's buyer hash (userId = units held); both carry the drop's {drop:<id>} hash tag
-- ARGV[1] product id, ARGV[2] user id, ARGV[3] quantity
-- Returns the units left after reserving, or -1 counters missing, -2 not live, -3 over the limit,
-- -4 sold out, -5 product not in the drop.
local sale = redis.call('HMGET', KEYS[1], 'status', 'limit', 'ends', 'p:' .. ARGV[1])
if not sale[1] then
  return -1
end
if sale[1] ~= 'LIVE' then
  return -2
end
if sale[3] then
  local time = redis.call('TIME')
  local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
  if now >= tonumber(sale[3]) then
    return -2
  end
end
if not sale[4] then
  return -5
end
local quantity = tonumber(ARGV[3])
local left = tonumber(sale[4])
if left < quantity then
  return -4
end
local held = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
if held + quantity > tonumber(sale[2]) then
  return -3
end
redis.call('HINCRBY', KEYS[1], 'p:' .. ARGV[1], -quantity)
redis.call('HINCRBY', KEYS[2], ARGV[2], quantity)
-- Every change moves the version, so the reconciler can tell a quiet drop from a busy one.
redis.call('HINCRBY', KEYS[1], 'v', 1)
return left - quantity
