-- What order-svc knows of a drop, from drop-svc's events on livedrop.drops.
CREATE TABLE drop_sale (
    drop_id        UUID        PRIMARY KEY,
    status         TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')),
    per_user_limit INT         NOT NULL CHECK (per_user_limit > 0),
    starts_at      TIMESTAMPTZ,
    ends_at        TIMESTAMPTZ,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The authoritative stock of one drop item: sold counts reserved (pending) and paid units.
-- Redis only mirrors it; the CHECK is what makes an oversell impossible whatever Redis says.
CREATE TABLE inventory (
    drop_id    UUID    NOT NULL REFERENCES drop_sale (drop_id),
    product_id UUID    NOT NULL,
    total      INT     NOT NULL CHECK (total >= 0),
    sold       INT     NOT NULL DEFAULT 0 CHECK (sold >= 0),
    unit_price BIGINT  NOT NULL CHECK (unit_price >= 0),
    currency   CHAR(3) NOT NULL,
    PRIMARY KEY (drop_id, product_id),
    CONSTRAINT inventory_not_oversold CHECK (sold <= total)
);

-- Units one user holds in a drop (pending or paid), guarded the same way as stock.
CREATE TABLE drop_buyer (
    drop_id UUID NOT NULL REFERENCES drop_sale (drop_id),
    user_id UUID NOT NULL,
    units   INT  NOT NULL CHECK (units >= 0),
    PRIMARY KEY (drop_id, user_id)
);

CREATE TABLE customer_order (
    id              UUID        PRIMARY KEY,
    user_id         UUID        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    status          TEXT        NOT NULL
        CHECK (status IN ('PENDING_PAYMENT', 'CONFIRMED', 'PAYMENT_FAILED', 'CANCELLED', 'EXPIRED')),
    total_amount    BIGINT      NOT NULL,
    currency        CHAR(3)     NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    -- A retried request whose Redis claim was lost still finds its order here.
    CONSTRAINT customer_order_idempotency UNIQUE (user_id, idempotency_key)
);

CREATE INDEX customer_order_by_user ON customer_order (user_id, created_at DESC, id DESC);
CREATE INDEX customer_order_pending_expiry ON customer_order (expires_at) WHERE status = 'PENDING_PAYMENT';

CREATE TABLE order_line (
    order_id   UUID    NOT NULL REFERENCES customer_order (id),
    line_no    INT     NOT NULL,
    drop_id    UUID    NOT NULL,
    product_id UUID    NOT NULL,
    quantity   INT     NOT NULL CHECK (quantity > 0),
    unit_price BIGINT  NOT NULL,
    currency   CHAR(3) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
