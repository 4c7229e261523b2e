-- Creator pages. The handle is kept as the creator typed it; handle_key (lower case) makes
-- uniqueness and look-up case-insensitive.
CREATE TABLE creator (
    id           UUID        PRIMARY KEY,
    user_id      UUID        NOT NULL,
    handle       TEXT        NOT NULL,
    handle_key   TEXT        NOT NULL,
    display_name TEXT        NOT NULL,
    bio          TEXT,
    verified     BOOLEAN     NOT NULL DEFAULT false,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT creator_handle_key_unique UNIQUE (handle_key),
    -- One creator page per user.
    CONSTRAINT creator_user_unique UNIQUE (user_id)
);

CREATE TABLE verification_request (
    id           UUID        PRIMARY KEY,
    creator_id   UUID        NOT NULL REFERENCES creator (id),
    status       TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    reason       TEXT,
    requested_at TIMESTAMPTZ NOT NULL,
    decided_at   TIMESTAMPTZ,
    decided_by   UUID
);

-- At most one open request per creator, which makes asking again idempotent.
CREATE UNIQUE INDEX verification_request_one_pending ON verification_request (creator_id) WHERE status = 'PENDING';

-- Follower counts projected from follow-svc's events. No foreign key: the projection must not
-- depend on the order in which the two services' events arrive.
CREATE TABLE follower_count (
    creator_id     UUID        PRIMARY KEY,
    follower_count BIGINT      NOT NULL,
    counted_at     TIMESTAMPTZ NOT NULL
);

-- CREATOR role grants owed to users by user-svc, kept until user-svc confirms (see CreatorRoleGrants).
CREATE TABLE role_grant (
    user_id         UUID        PRIMARY KEY,
    requested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT
);
CREATE INDEX role_grant_due ON role_grant (next_attempt_at);
