-- The creators follow-svc knows of, projected from creator-svc's events on livedrop.creators:
-- enough to tell whether a creator exists and who owns it (nobody follows their own page).
CREATE TABLE creator (
    id         UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL,
    -- Time of the newest event applied, so an older event arriving late cannot undo a newer one.
    changed_at TIMESTAMPTZ NOT NULL
);
