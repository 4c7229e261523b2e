-- Claims an idempotency key for one attempt, in one step.
-- KEYS[1] the key's record, JSON as IdempotencyKeys writes it: requestHash, answer (null until answered) and
-- inFlightUntil (epoch ms: until then the claim is held; after it, a retry of the same request may take it over).
-- ARGV[1] the request's hash, ARGV[2] how long a claim is held (ms), ARGV[3] how long the record is kept (ms).
-- Returns 'claimed' for a new key; 'taken-over' when the same request was claimed, never answered, and its
-- claim is past its deadline (that attempt died, perhaps after its work committed); else the record as it is.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
-- Kept past the claim's deadline: after a crash it still tells the retry that work may have been done.
local claim = cjson.encode({requestHash = ARGV[1], inFlightUntil = now + tonumber(ARGV[2])})
if redis.call('SET', KEYS[1], claim, 'NX', 'PX', ARGV[3]) then
  return 'claimed'
end
local existing = redis.call('GET', KEYS[1])
local record = cjson.decode(existing)
local unanswered = record.answer == nil or record.answer == cjson.null
local deadline = tonumber(record.inFlightUntil)
if not (unanswered and record.requestHash == ARGV[1] and deadline and now >= deadline) then
  return existing
end
redis.call('SET', KEYS[1], claim, 'PX', ARGV[3])
return 'taken-over'
