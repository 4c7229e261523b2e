-- Who follows whom. An unfollow deletes the row; following again makes a new row at the top of
-- both lists, so a client paging through a list never meets the same follow twice.
CREATE TABLE follow (
    -- UUIDv7; the tie-breaker of the keyset (followed_at, id) when two follows share a microsecond.
    id          UUID        PRIMARY KEY,
    -- No foreign key to creator: every insert would share-lock the creator's row, and a celebrity's
    -- row would become the hot spot of a follow storm. The service checks the creator exists.
    creator_id  UUID        NOT NULL,
    user_id     UUID        NOT NULL,
    followed_at TIMESTAMPTZ NOT NULL,
    -- One follow per pair, which makes a repeated follow a no-op; also the fan-out's keyset by user id.
    CONSTRAINT follow_once UNIQUE (creator_id, user_id)
);

-- Keyset pages newest first, read backwards: WHERE creator_id = ? AND (followed_at, id) < (?, ?).
CREATE INDEX follow_followers_by_time ON follow (creator_id, followed_at, id);
CREATE INDEX follow_following_by_time ON follow (user_id, followed_at, id);
