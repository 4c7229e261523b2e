-- Writes the following set read from Postgres, unless a follow or unfollow committed since the
-- read began (following-apply.lua deleted the token) or a newer rebuild took over (other token).
-- KEYS[1]  the user's following set
-- KEYS[2]  the set's rebuild token
-- ARGV[1]  this rebuild's token
-- ARGV[2]  time to live of the set, seconds
-- ARGV[3..] the members: the marker that the set is cached, then the creator ids
if redis.call('GET', KEYS[2]) ~= ARGV[1] then
  return 0
end
redis.call('DEL', KEYS[2], KEYS[1])
-- In chunks: unpack of thousands of arguments would overflow the Lua stack.
for first = 3, #ARGV, 1000 do
  redis.call('SADD', KEYS[1], unpack(ARGV, first, math.min(first + 999, #ARGV)))
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
