-- Exact follower counts, sharded: each follow or unfollow adds +1 or -1 to one of a few slots of
-- its creator, picked at random, in the transaction of the change. A celebrity's follow storm
-- spreads over the slots instead of queueing on one row; the count is the sum of the slots.
CREATE TABLE follower_count_slot (
    creator_id UUID     NOT NULL,
    slot       SMALLINT NOT NULL,
    -- May go below zero: a follow and its unfollow can land on different slots. Only the sum counts.
    followers  BIGINT   NOT NULL,
    -- Changed since the last follower-count.updated event; the publisher clears it once a second.
    dirty      BOOLEAN  NOT NULL,
    PRIMARY KEY (creator_id, slot)
) WITH (fillfactor = 70); -- room on the page for HOT updates of these constantly rewritten rows

-- The publisher's work list stays small however many creators there are.
CREATE INDEX follower_count_slot_dirty ON follower_count_slot (creator_id) WHERE dirty;
