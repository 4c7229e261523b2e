-- Per product, the stock totals product-svc last announced in product.stock-changed and their
-- version, one more with each announcement. A change of a product's stock locks its row before it
-- reads the totals, so concurrent changes of one product announce in turn, each with all earlier
-- changes counted, and versions and totals rise together.
CREATE TABLE product_stock (
    product_id UUID   PRIMARY KEY,
    version    BIGINT NOT NULL,
    dropped    BIGINT NOT NULL,
    sold       BIGINT NOT NULL,
    remaining  BIGINT NOT NULL
);
