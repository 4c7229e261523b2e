package io.livedrop.drop.catalog;

import io.livedrop.events.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products drop-svc has heard of from product-svc's events. */
@Repository
public class KnownProducts {

    private final JdbcClient jdbc;

    KnownProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The known ones among these products, by id; unknown ids are simply absent. */
    public Map<UUID, KnownProduct> find(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT product_id, creator_id, price_amount, price_currency, archived
                        FROM known_product WHERE product_id = ANY (?::uuid[])""")
                .param(productIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((row, i) -> new KnownProduct(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        new Money(row.getLong(3), row.getString(4)), row.getBoolean(5)))
                .list().stream()
                .collect(Collectors.toMap(KnownProduct::productId, Function.identity()));
    }

    /**
     * Stores the product as of {@code asOf}, unless a later state is already stored: one product's
     * events share a partition, but a redelivery can still bring an old one back.
     */
    void record(KnownProduct product, Instant asOf) {
        jdbc.sql("""
                        INSERT INTO known_product (product_id, creator_id, price_amount, price_currency, archived, as_of)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (product_id) DO UPDATE
                        SET creator_id = EXCLUDED.creator_id, price_amount = EXCLUDED.price_amount,
                            price_currency = EXCLUDED.price_currency, archived = EXCLUDED.archived, as_of = EXCLUDED.as_of
                        WHERE known_product.as_of <= EXCLUDED.as_of""")
                .params(product.productId(), product.creatorId(), product.price().amount(), product.price().currency(),
                        product.archived(), Timestamp.from(asOf))
                .update();
    }

    /** A price change alone; a product not heard of yet gets its row from the creation event. */
    void reprice(UUID productId, Money price, Instant asOf) {
        jdbc.sql("""
                        UPDATE known_product SET price_amount = ?, price_currency = ?, as_of = ?
                        WHERE product_id = ? AND as_of <= ?""")
                .params(price.amount(), price.currency(), Timestamp.from(asOf), productId, Timestamp.from(asOf))
                .update();
    }
}
