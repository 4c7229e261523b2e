-- Accounts: emails are stored lower-cased, so the unique constraint makes them unique regardless of case.
CREATE TABLE account (
    id               UUID        PRIMARY KEY,
    email            TEXT        NOT NULL CONSTRAINT account_email_key UNIQUE,
    password_hash    TEXT        NOT NULL,
    display_name     TEXT        NOT NULL,
    notify_push      BOOLEAN     NOT NULL,
    notify_email     BOOLEAN     NOT NULL,
    notify_websocket BOOLEAN     NOT NULL,
    quiet_start      TIME,
    quiet_end        TIME,
    quiet_zone       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    -- Quiet hours are all three values or none.
    CONSTRAINT account_quiet_hours_complete CHECK (
        (quiet_start IS NULL AND quiet_end IS NULL AND quiet_zone IS NULL)
        OR (quiet_start IS NOT NULL AND quiet_end IS NOT NULL AND quiet_zone IS NOT NULL))
);

CREATE TABLE account_role (
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('FAN', 'CREATOR', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- One login's chain of refresh tokens; revoking it kills every token of the chain at once.
CREATE TABLE refresh_family (
    id         UUID        PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);

CREATE INDEX refresh_family_account_idx ON refresh_family (account_id);

-- Only the SHA-256 of a refresh token is kept: a leaked table cannot be replayed.
CREATE TABLE refresh_token (
    id         UUID        PRIMARY KEY,
    token_hash BYTEA       NOT NULL CONSTRAINT refresh_token_hash_key UNIQUE,
    family_id  UUID        NOT NULL REFERENCES refresh_family (id) ON DELETE CASCADE,
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
