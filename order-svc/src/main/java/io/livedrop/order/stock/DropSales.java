package io.livedrop.order.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.drop.DropItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drops, their inventory rows and what each buyer holds, in Postgres: the truth Redis mirrors. */
@Repository
public class DropSales {

    private final JdbcClient jdbc;

    DropSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a scheduled (or updated, still scheduled) drop and its items. */
    void schedule(UUID dropId, int perUserLimit, Instant startsAt, Instant endsAt, List<DropItem> items) {
        jdbc.sql("""
                INSERT INTO drop_sale (drop_id, status, per_user_limit, starts_at, ends_at)
                VALUES (:drop, 'SCHEDULED', :limit, :starts, :ends)
                ON CONFLICT (drop_id) DO UPDATE
                SET per_user_limit = excluded.per_user_limit, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, updated_at = now()""")
                .param("drop", dropId).param("limit", perUserLimit)
                .param("starts", timestamp(startsAt)).param("ends", timestamp(endsAt))
                .update();
        for (DropItem item : items) {
            // Only a scheduled drop changes its items, so nothing is sold yet; the CHECK guards the rest.
            jdbc.sql("""
                    INSERT INTO inventory (drop_id, product_id, total, unit_price, currency)
                    VALUES (:drop, :product, :total, :price, :currency)
                    ON CONFLICT (drop_id, product_id) DO UPDATE
                    SET total = excluded.total, unit_price = excluded.unit_price, currency = excluded.currency""")
                    .param("drop", dropId).param("product", item.productId()).param("total", item.quantity())
                    .param("price", item.unitPrice().amount()).param("currency", item.unitPrice().currency())
                    .update();
        }
        List<UUID> kept = items.stream().map(DropItem::productId).toList();
        jdbc.sql("SELECT product_id FROM inventory WHERE drop_id = ? AND sold = 0").param(dropId)
                .query(UUID.class).list().stream()
                .filter(product -> !kept.contains(product))
                .forEach(product -> jdbc.sql("DELETE FROM inventory WHERE drop_id = ? AND product_id = ?")
                        .param(dropId).param(product).update());
    }

    /** Moves a drop to a later status; false for a drop never scheduled here or already past it. */
    boolean moveTo(UUID dropId, SaleStatus status) {
        return jdbc.sql("""
                UPDATE drop_sale SET status = :status, updated_at = now()
                WHERE drop_id = :drop AND status IN (:before)""")
                .param("status", status.name()).param("drop", dropId).param("before", SaleStatus.before(status))
                .update() == 1;
    }

    public Optional<DropSale> find(UUID dropId) {
        return jdbc.sql("SELECT drop_id, status, per_user_limit, starts_at, ends_at FROM drop_sale WHERE drop_id = ?")
                .param(dropId).query(DropSales::dropSale).optional();
    }

    public List<SaleItem> items(UUID dropId) {
        return jdbc.sql("""
                SELECT product_id, total, sold, unit_price, currency FROM inventory
                WHERE drop_id = ? ORDER BY product_id""")
                .param(dropId).query(DropSales::saleItem).list();
    }

    /** Whether any drop sells this product: tells "not in that drop" (400) from "no such product" (404). */
    public boolean productKnown(UUID productId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inventory WHERE product_id = ?)")
                .param(productId).query(Boolean.class).single();
    }

    /** Units each buyer holds in the drop (pending or paid), only those holding any. */
    public Map<UUID, Integer> holdings(UUID dropId) {
        Map<UUID, Integer> holdings = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, units FROM drop_buyer WHERE drop_id = ? AND units > 0").param(dropId)
                .query((rs, row) -> holdings.put(rs.getObject("user_id", UUID.class), rs.getInt("units")))
                .list();
        return holdings;
    }

    /** Drops whose counters the reconciler watches. */
    public List<UUID> sellingOrScheduled() {
        return jdbc.sql("SELECT drop_id FROM drop_sale WHERE status IN ('SCHEDULED', 'LIVE')")
                .query(UUID.class).list();
    }

    /**
     * Takes units from the authoritative row unless that would sell more than there are; answers the
     * unit price of what was taken and the units left after it, or empty when there is not enough (or
     * no such item).
     */
    public Optional<Taken> take(UUID dropId, UUID productId, int quantity) {
        return jdbc.sql("""
                UPDATE inventory SET sold = sold + :quantity
                WHERE drop_id = :drop AND product_id = :product AND sold + :quantity <= total
                RETURNING unit_price, currency, total - sold AS left_after""")
                .param("quantity", quantity).param("drop", dropId).param("product", productId)
                .query((rs, row) -> new Taken(new Money(rs.getLong("unit_price"), rs.getString("currency").trim()),
                        rs.getInt("left_after")))
                .optional();
    }

    /** Units taken at this unit price, leaving {@code left} of the item. */
    public record Taken(Money unitPrice, int left) {
    }

    /** Counts the units against the buyer's limit; false when that would take them over it. */
    public boolean hold(UUID dropId, UUID userId, int quantity, int limit) {
        if (quantity > limit) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO drop_buyer (drop_id, user_id, units) VALUES (:drop, :user, :quantity)
                ON CONFLICT (drop_id, user_id) DO UPDATE SET units = drop_buyer.units + :quantity
                WHERE drop_buyer.units + :quantity <= :limit""")
                .param("drop", dropId).param("user", userId).param("quantity", quantity).param("limit", limit)
                .update() == 1;
    }

    /** Gives units back to the stock and the buyer's allowance, in the caller's transaction. */
    public void giveBack(UUID dropId, UUID productId, UUID userId, int quantity) {
        jdbc.sql("UPDATE inventory SET sold = sold - :quantity WHERE drop_id = :drop AND product_id = :product")
                .param("quantity", quantity).param("drop", dropId).param("product", productId).update();
        jdbc.sql("UPDATE drop_buyer SET units = units - :quantity WHERE drop_id = :drop AND user_id = :user")
                .param("quantity", quantity).param("drop", dropId).param("user", userId).update();
    }

    private static DropSale dropSale(ResultSet rs, int row) throws SQLException {
        return new DropSale(rs.getObject("drop_id", UUID.class), SaleStatus.valueOf(rs.getString("status")),
                rs.getInt("per_user_limit"), instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")));
    }

    private static SaleItem saleItem(ResultSet rs, int row) throws SQLException {
        return new SaleItem(rs.getObject("product_id", UUID.class), rs.getInt("total"), rs.getInt("sold"),
                new Money(rs.getLong("unit_price"), rs.getString("currency").trim()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
