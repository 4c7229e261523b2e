-- When a follow reached this projection: followers who arrive after a drop's start was prepared are
-- added to it at the start.
ALTER TABLE follower ADD COLUMN followed_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX follower_by_followed_at ON follower (creator_id, followed_at);

-- A scheduled drop's recipients for its start, cut into work-item slices while drop.scheduled was
-- fanned out, so that at the start only delivery remains. Deleted once the start used them, or when
-- the drop is cancelled.
CREATE TABLE prepared_start (
    drop_id     UUID        PRIMARY KEY,
    creator_id  UUID        NOT NULL,
    prepared_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE prepared_slice (
    drop_id    UUID   NOT NULL REFERENCES prepared_start ON DELETE CASCADE,
    slice      INT    NOT NULL,
    recipients UUID[] NOT NULL,
    PRIMARY KEY (drop_id, slice)
);
