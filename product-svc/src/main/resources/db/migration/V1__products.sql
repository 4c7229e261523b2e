-- Creator pages as creator-svc announces them: which user owns which page. Products belong to the
-- page (its id is the creatorId everywhere in the API), changes are allowed to the page's user.
CREATE TABLE creator (
    id         UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX creator_by_user ON creator (user_id);

CREATE TABLE product (
    id             UUID        PRIMARY KEY,
    creator_id     UUID        NOT NULL,
    owner_id       UUID        NOT NULL,
    title          TEXT        NOT NULL,
    description    TEXT        NOT NULL,
    price_amount   BIGINT      NOT NULL CHECK (price_amount > 0),
    price_currency TEXT        NOT NULL CHECK (price_currency ~ '^[A-Z]{3}$'),
    category       TEXT        NOT NULL,
    tags           TEXT[]      NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    -- Archived products stay readable (orders refer to them) but leave the creator's list.
    archived_at    TIMESTAMPTZ
);
-- The keyset of a creator's list, newest first, without archived products.
CREATE INDEX product_listed_by_creator ON product (creator_id, created_at DESC, id DESC) WHERE archived_at IS NULL;

-- References to images in the object store; the bytes never pass through this service.
-- A row without attached_at is an upload that was offered but not (yet) confirmed.
CREATE TABLE product_media (
    id            UUID        PRIMARY KEY,
    product_id    UUID        NOT NULL REFERENCES product (id),
    object_key    TEXT        NOT NULL UNIQUE,
    content_type  TEXT        NOT NULL,
    declared_size BIGINT      NOT NULL,
    size_bytes    BIGINT,
    created_at    TIMESTAMPTZ NOT NULL,
    attached_at   TIMESTAMPTZ
);
CREATE INDEX product_media_attached ON product_media (product_id, attached_at, id) WHERE attached_at IS NOT NULL;

-- The inventory view, per product and drop, projected from drop-svc's and order-svc's events.
-- No foreign key to product: a projection must not depend on the order events arrive in.
CREATE TABLE drop_stock (
    product_id   UUID        NOT NULL,
    drop_id      UUID        NOT NULL,
    dropped      INT         NOT NULL DEFAULT 0,
    sold         INT         NOT NULL DEFAULT 0,
    -- A cancelled drop leaves the view, but late releases of its orders still find their row.
    cancelled_at TIMESTAMPTZ,
    -- When product.stock-low was published for this drop; it is published once.
    stock_low_at TIMESTAMPTZ,
    PRIMARY KEY (product_id, drop_id)
);
CREATE INDEX drop_stock_by_drop ON drop_stock (drop_id);
