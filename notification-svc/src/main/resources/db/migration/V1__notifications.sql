-- The inbox: one row per user and source event, so an event redelivered or a work item retried notifies nobody twice.
CREATE TABLE notification (
    id              UUID        PRIMARY KEY,
    user_id         UUID        NOT NULL,
    source_event_id UUID        NOT NULL,
    type            TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    data            JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ,
    CONSTRAINT notification_once_per_event UNIQUE (user_id, source_event_id)
);
-- Keyset pages, newest first.
CREATE INDEX notification_page ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;

-- Projection of livedrop.follows: who to fan a creator's drop out to.
CREATE TABLE follower (
    creator_id UUID NOT NULL,
    user_id    UUID NOT NULL,
    PRIMARY KEY (creator_id, user_id)
);

-- Projection of livedrop.creators: who owns a creator page (the recipient of follow.added).
CREATE TABLE creator_owner (
    creator_id UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

-- Projection of livedrop.users: where and when a user wants to be told.
CREATE TABLE recipient (
    user_id       UUID    PRIMARY KEY,
    email         TEXT,
    display_name  TEXT,
    push          BOOLEAN NOT NULL DEFAULT true,
    email_enabled BOOLEAN NOT NULL DEFAULT true,
    websocket     BOOLEAN NOT NULL DEFAULT true,
    quiet_start   TIME,
    quiet_end     TIME,
    quiet_zone    TEXT
);

-- Push and email sends still to make, written with the inbox row; retried with backoff, held back by quiet hours.
CREATE TABLE channel_delivery (
    id              BIGSERIAL   PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    user_id         UUID        NOT NULL,
    channel         TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PENDING',
    due_at          TIMESTAMPTZ NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    last_error      TEXT,
    CONSTRAINT channel_delivery_once UNIQUE (notification_id, channel)
);
CREATE INDEX channel_delivery_due ON channel_delivery (channel, due_at) WHERE status = 'PENDING';
