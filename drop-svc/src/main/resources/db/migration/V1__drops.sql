-- Drops and their items. Status moves SCHEDULED -> LIVE -> ENDED or SCHEDULED -> CANCELLED, only
-- through guarded updates (see io.livedrop.drop.lifecycle.Transitions).
CREATE TABLE drops (
    id             UUID        PRIMARY KEY,
    creator_id     UUID        NOT NULL,
    title          TEXT        NOT NULL,
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL,
    per_user_limit INT         NOT NULL CHECK (per_user_limit >= 1),
    status         TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')),
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    started_at     TIMESTAMPTZ,
    ended_at       TIMESTAMPTZ,
    cancelled_at   TIMESTAMPTZ,
    CONSTRAINT drops_ends_after_start CHECK (ends_at > starts_at)
);

-- Each serves both the lifecycle timer (what is due next) and a public list in its order:
-- upcoming drops by start, live ones by end, ended ones latest first.
CREATE INDEX drops_scheduled_by_start ON drops (starts_at, id) WHERE status = 'SCHEDULED';
CREATE INDEX drops_live_by_end ON drops (ends_at, id) WHERE status = 'LIVE';
CREATE INDEX drops_ended_by_end ON drops (ends_at DESC, id DESC) WHERE status = 'ENDED';
CREATE INDEX drops_of_creator ON drops (creator_id, starts_at DESC, id DESC);

-- What a drop sells. The unit price is the product's price when the item was put in the drop;
-- reserved is the stock order-svc holds for orders (reserved minus released).
CREATE TABLE drop_item (
    drop_id             UUID   NOT NULL REFERENCES drops (id),
    position            INT    NOT NULL,
    product_id          UUID   NOT NULL,
    quantity            INT    NOT NULL CHECK (quantity >= 1),
    unit_price_amount   BIGINT NOT NULL,
    unit_price_currency TEXT   NOT NULL,
    reserved            INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (drop_id, product_id),
    CONSTRAINT drop_item_position_unique UNIQUE (drop_id, position)
);

-- Products as product-svc announces them, to check a drop's items and price them. No foreign
-- keys: the projection must not depend on the order in which the services' events arrive.
CREATE TABLE known_product (
    product_id     UUID        PRIMARY KEY,
    creator_id     UUID        NOT NULL,
    price_amount   BIGINT      NOT NULL,
    price_currency TEXT        NOT NULL,
    archived       BOOLEAN     NOT NULL,
    -- The time of the event that last changed the row; an older event never overwrites a newer one.
    as_of          TIMESTAMPTZ NOT NULL
);

-- Creator pages as creator-svc announces them: a token names a user, products and drops name
-- the creator page.
CREATE TABLE known_creator (
    creator_id UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL,
    as_of      TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_creator_by_user ON known_creator (user_id, as_of DESC);
