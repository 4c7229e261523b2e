-- Fixed one-minute window per user and channel: counts this send and answers the count so far.
-- KEYS[1] = ld:notification:throttle:{user:<id>}:<channel>:<minute>, ARGV[1] = window in milliseconds
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return count
