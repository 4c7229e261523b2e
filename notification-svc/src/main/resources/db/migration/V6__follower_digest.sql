-- Follows not yet told to the creator's owner: those arriving close together are told as one digest.
CREATE TABLE new_follower (
    creator_id UUID        NOT NULL,
    user_id    UUID        NOT NULL,
    event_id   UUID        NOT NULL,
    event_time TIMESTAMPTZ NOT NULL,
    arrived_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (creator_id, user_id)
);
-- The digest poller looks only at follows older than its window.
CREATE INDEX new_follower_arrived ON new_follower (arrived_at);
