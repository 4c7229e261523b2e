package io.livedrop.product.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code drop_stock} table. Counts change by atomic increments, so concurrent consumers of
 * different order partitions never lose an update.
 */
@Repository
class DropStockRepository {

    private static final String RETURNING =
            " RETURNING product_id, drop_id, dropped, sold, cancelled_at IS NOT NULL AS cancelled,"
                    + " stock_low_at IS NOT NULL AS stock_low_published";

    private final JdbcClient jdbc;

    DropStockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets what a drop offers of each product; products no longer in the drop offer nothing. Returns
     * every row it changed, those of the products taken out of the drop too.
     */
    List<DropStock> plan(UUID dropId, Map<UUID, Integer> quantities) {
        List<DropStock> changed = new ArrayList<>(jdbc.sql("""
                UPDATE drop_stock SET dropped = 0
                WHERE drop_id = ? AND dropped <> 0 AND NOT (product_id = ANY (?))""" + RETURNING)
                .params(dropId, quantities.keySet().toArray(UUID[]::new))
                .query(DropStockRepository::row)
                .list());
        quantities.forEach((productId, quantity) -> changed.add(jdbc.sql("""
                INSERT INTO drop_stock (product_id, drop_id, dropped) VALUES (?, ?, ?)
                ON CONFLICT (product_id, drop_id) DO UPDATE SET dropped = EXCLUDED.dropped""" + RETURNING)
                .params(productId, dropId, quantity)
                .query(DropStockRepository::row)
                .single()));
        return changed;
    }

    /** Takes the drop out of the view; returns the products it offered. */
    List<UUID> cancel(UUID dropId, Instant at) {
        return jdbc.sql("""
                UPDATE drop_stock SET cancelled_at = ? WHERE drop_id = ? AND cancelled_at IS NULL
                RETURNING product_id""")
                .params(utc(at), dropId)
                .query((row, i) -> row.getObject("product_id", UUID.class))
                .list();
    }

    /**
     * Adds to the units sold (a negative delta gives units back). An order event may overtake the
     * drop's own events, which travel on another topic: it then creates the row the drop fills in.
     */
    DropStock addSold(UUID dropId, UUID productId, int delta) {
        return jdbc.sql("""
                INSERT INTO drop_stock (product_id, drop_id, sold) VALUES (?, ?, ?)
                ON CONFLICT (product_id, drop_id) DO UPDATE SET sold = drop_stock.sold + EXCLUDED.sold""" + RETURNING)
                .params(productId, dropId, delta)
                .query(DropStockRepository::row)
                .single();
    }

    /** Whether this call is the one that marks the alert as published. */
    boolean markStockLowPublished(UUID dropId, UUID productId, Instant at) {
        return jdbc.sql("""
                UPDATE drop_stock SET stock_low_at = ?
                WHERE product_id = ? AND drop_id = ? AND stock_low_at IS NULL AND cancelled_at IS NULL""")
                .params(utc(at), productId, dropId)
                .update() == 1;
    }

    /** The product's drops that were not cancelled, oldest drop first (drop ids are time-ordered). */
    List<DropStockView> ofProduct(UUID productId) {
        return jdbc.sql("""
                SELECT drop_id, dropped, sold FROM drop_stock
                WHERE product_id = ? AND cancelled_at IS NULL AND (dropped > 0 OR sold > 0)
                ORDER BY drop_id""")
                .param(productId)
                .query((row, i) -> {
                    StockLevel level = new StockLevel(row.getInt("dropped"), row.getInt("sold"));
                    return new DropStockView(row.getObject("drop_id", UUID.class), level.dropped(), level.sold(),
                            level.remaining());
                })
                .list();
    }

    private static DropStock row(ResultSet row, int index) throws SQLException {
        return new DropStock(row.getObject("product_id", UUID.class), row.getObject("drop_id", UUID.class),
                new StockLevel(row.getInt("dropped"), row.getInt("sold")), row.getBoolean("cancelled"),
                row.getBoolean("stock_low_published"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
