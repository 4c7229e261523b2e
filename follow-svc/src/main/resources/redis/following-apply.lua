-- Applies a committed follow or unfollow to the cached set of creators a user follows, if it is
-- cached, and voids any rebuild in progress: that rebuild may have read Postgres before the commit.
-- KEYS[1]  the user's following set
-- KEYS[2]  the set's rebuild token
-- ARGV[1]  'add' or 'remove'
-- ARGV[2]  the creator id
redis.call('DEL', KEYS[2])
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
if ARGV[1] == 'add' then
  redis.call('SADD', KEYS[1], ARGV[2])
else
  redis.call('SREM', KEYS[1], ARGV[2])
end
return 1
