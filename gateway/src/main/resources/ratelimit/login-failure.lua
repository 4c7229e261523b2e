-- Counts a failed login from one client address; at the limit, locks logins from that address.
-- KEYS[1]: the count of failures in a row; KEYS[2]: the lock. Same hash tag, so this runs on Cluster.
-- ARGV[1]: failures that lock; ARGV[2]: the window in milliseconds, both how long a count lives
-- after its last failure and how long the lock lasts.
-- Returns the failures counted, including this one.
local failures = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if failures >= tonumber(ARGV[1]) then
  redis.call('SET', KEYS[2], failures, 'PX', ARGV[2])
  -- The lock now speaks for these failures; after it, the count starts again from zero.
  redis.call('DEL', KEYS[1])
end
return failures
