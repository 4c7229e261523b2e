-- A follower broadcast, sent once per event: claims the event and publishes in one step, so a crash
-- between the two can neither lose the broadcast to a claim nor send it twice on a retry.
-- KEYS[1] = ld:notification:broadcast:<event id>, ARGV[1] = channel, ARGV[2] = message, ARGV[3] = claim TTL in seconds
-- Answers the number of instances that received it, or -1 if the event was broadcast before.
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[3]) then
  return redis.call('PUBLISH', ARGV[1], ARGV[2])
end
return -1
