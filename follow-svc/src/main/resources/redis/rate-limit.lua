-- Generic cell rate algorithm: the key holds the theoretical arrival time (TAT, epoch ms) of the
-- next request; a request is let through while the TAT is no further ahead than the burst
-- tolerance, and pushes it on by one emission interval. One key per user, expiring when idle.
-- KEYS[1]  the user's rate key
-- ARGV[1]  emission interval, ms (the period divided by the requests allowed in it)
-- ARGV[2]  burst tolerance, ms (interval * (requests - 1): a full period's requests at once)
-- Returns 0 when the request may go ahead, otherwise the ms until one may.
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then
  tat = now
end
local wait = tat - now - tolerance
if wait > 0 then
  return wait
end
local next_tat = tat + interval
redis.call('SET', KEYS[1], next_tat, 'PX', next_tat - now)
return 0
