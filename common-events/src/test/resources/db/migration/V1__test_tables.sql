-- A stand-in for a service's own state, and the visible effect of a consumer.
CREATE TABLE demo_user (
    id           UUID PRIMARY KEY,
    display_name TEXT NOT NULL
);

CREATE TABLE applied_effect (
    event_id   UUID        NOT NULL,
    subject    TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
