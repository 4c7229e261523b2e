package io.livedrop.product.inventory;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code product_stock} table: per product, the last announced totals and their version. */
@Repository
class AnnouncedStockRepository {

    private final JdbcClient jdbc;

    AnnouncedStockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The last announcement (version 0 with no units before the first), with the product's row locked
     * until the transaction ends. After waiting for that lock, the next statement sees every change of
     * this product that committed before, so the totals read then are complete.
     */
    AnnouncedStock lock(UUID productId) {
        return jdbc.sql("""
                INSERT INTO product_stock (product_id, version, dropped, sold, remaining) VALUES (?, 0, 0, 0, 0)
                ON CONFLICT (product_id) DO UPDATE SET version = product_stock.version
                RETURNING version, dropped, sold, remaining""")
                .param(productId)
                .query((row, i) -> new AnnouncedStock(row.getLong("version"),
                        new StockTotals(row.getLong("dropped"), row.getLong("sold"), row.getLong("remaining"))))
                .single();
    }

    void record(UUID productId, AnnouncedStock announced) {
        jdbc.sql("UPDATE product_stock SET version = ?, dropped = ?, sold = ?, remaining = ? WHERE product_id = ?")
                .params(announced.version(), announced.totals().dropped(), announced.totals().sold(),
                        announced.totals().remaining(), productId)
                .update();
    }

    /** Announced totals after {@code after} (null: from the start) in product id order; unannounced left out. */
    List<ListedStock> allAfter(UUID after, int rows) {
        String columns = "SELECT product_id, dropped, sold, remaining, version FROM product_stock WHERE version > 0";
        var query = after == null
                ? jdbc.sql(columns + " ORDER BY product_id LIMIT ?").param(rows)
                : jdbc.sql(columns + " AND product_id > ? ORDER BY product_id LIMIT ?").params(after, rows);
        return query.query((row, i) -> new ListedStock(row.getObject("product_id", UUID.class), row.getLong("dropped"),
                row.getLong("sold"), row.getLong("remaining"), row.getLong("version"))).list();
    }
}
