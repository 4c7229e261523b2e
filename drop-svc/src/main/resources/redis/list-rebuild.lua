-- Stores one page of a cached drop list, unless the list was invalidated since the caller read
-- Postgres: invalidation deletes the rebuild token, so a page read before a change is dropped.
-- KEYS[1] the list (hash: page size -> page JSON), KEYS[2] its rebuild token
-- ARGV[1] the token the caller got before reading, ARGV[2] page size, ARGV[3] page JSON, ARGV[4] TTL in seconds
if redis.call('GET', KEYS[2]) ~= ARGV[1] then
    return 0
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
-- The TTL counts from the first page stored, so every page of the list is gone by then.
if redis.call('TTL', KEYS[1]) < 0 then
    redis.call('EXPIRE', KEYS[1], ARGV[4])
end
return 1
