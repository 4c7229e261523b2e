-- A fixture for LuaScriptsTest: adds ARGV[1] to KEYS[1].
return redis.call('INCRBY', KEYS[1], ARGV[1])
