package io.livedrop.order.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.web.pagination.CursorRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders and their lines in Postgres. */
@Repository
public class Orders {

    private static final String COLUMNS = """
            id, user_id, status, total_amount, currency, created_at, expires_at, request_hash""";

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the order; a second order for the same user and key fails on the unique constraint. */
    public void insert(Order order, String idempotencyKey) {
        jdbc.sql("""
                INSERT INTO customer_order (id, user_id, idempotency_key, request_hash, status, total_amount,
                                            currency, created_at, expires_at, updated_at)
                VALUES (:id, :user, :key, :hash, :status, :amount, :currency, :created, :expires, :created)""")
                .param("id", order.id()).param("user", order.userId()).param("key", idempotencyKey)
                .param("hash", order.requestHash()).param("status", order.status().name())
                .param("amount", order.total().amount()).param("currency", order.total().currency())
                .param("created", Timestamp.from(order.createdAt())).param("expires", Timestamp.from(order.expiresAt()))
                .update();
        int lineNo = 0;
        for (OrderLineItem line : order.lines()) {
            jdbc.sql("""
                    INSERT INTO order_line (order_id, line_no, drop_id, product_id, quantity, unit_price, currency)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(order.id(), lineNo++, line.dropId(), line.productId(), line.quantity(),
                            line.unitPrice().amount(), line.unitPrice().currency())
                    .update();
        }
    }

    public Optional<Order> find(UUID orderId) {
        return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM customer_order WHERE id = ?")
                .param(orderId).query(Orders::row).list()).stream().findFirst();
    }

    public Optional<Order> findOwned(UUID orderId, UUID userId) {
        return find(orderId).filter(order -> order.userId().equals(userId));
    }

    public Optional<Order> findByKey(UUID userId, String idempotencyKey) {
        return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM customer_order WHERE user_id = ? AND idempotency_key = ?")
                .params(userId, idempotencyKey).query(Orders::row).list()).stream().findFirst();
    }

    /** The user's orders, newest first, by keyset on (created_at, id). */
    public List<Order> pageOf(UUID userId, CursorRequest page) {
        List<Order> rows = page.isFirstPage()
                ? jdbc.sql("SELECT " + COLUMNS + """
                         FROM customer_order WHERE user_id = ?
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                        .params(userId, page.fetchSize()).query(Orders::row).list()
                : jdbc.sql("SELECT " + COLUMNS + """
                         FROM customer_order WHERE user_id = ? AND (created_at, id) < (?, ?)
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                        .params(userId, Timestamp.from(page.cursor().instant(0)), page.cursor().uuid(1), page.fetchSize())
                        .query(Orders::row).list();
        return withLines(rows);
    }

    /**
     * Moves a pending order on, locking its row; empty when it is not pending (any more), so a replayed
     * callback, a second cancel or a second sweeper changes nothing.
     */
    public Optional<Order> endPending(UUID orderId, OrderStatus next) {
        int moved = jdbc.sql("""
                UPDATE customer_order SET status = :next, updated_at = now()
                WHERE id = :id AND status = 'PENDING_PAYMENT'""")
                .param("next", next.name()).param("id", orderId).update();
        return moved == 1 ? find(orderId) : Optional.empty();
    }

    /** Pending orders past their payment deadline, locked; rows another sweeper holds are skipped. */
    public List<UUID> lockOverdue(int limit) {
        return jdbc.sql("""
                SELECT id FROM customer_order
                WHERE status = 'PENDING_PAYMENT' AND expires_at <= now()
                ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit).query(UUID.class).list();
    }

    private List<Order> withLines(List<Order> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<UUID, List<OrderLineItem>> lines = new LinkedHashMap<>();
        orders.forEach(order -> lines.put(order.id(), new ArrayList<>()));
        jdbc.sql("""
                SELECT order_id, drop_id, product_id, quantity, unit_price, currency FROM order_line
                WHERE order_id IN (:ids) ORDER BY order_id, line_no""")
                .param("ids", List.copyOf(lines.keySet()))
                .query((rs, row) -> lines.get(rs.getObject("order_id", UUID.class)).add(new OrderLineItem(
                        rs.getObject("drop_id", UUID.class), rs.getObject("product_id", UUID.class),
                        rs.getInt("quantity"), new Money(rs.getLong("unit_price"), rs.getString("currency").trim()))))
                .list();
        return orders.stream()
                .map(order -> new Order(order.id(), order.userId(), order.status(), lines.get(order.id()),
                        order.total(), order.createdAt(), order.expiresAt(), order.requestHash()))
                .toList();
    }

    private static Order row(ResultSet rs, int row) throws SQLException {
        return new Order(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                OrderStatus.valueOf(rs.getString("status")), List.of(),
                new Money(rs.getLong("total_amount"), rs.getString("currency").trim()),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                rs.getString("request_hash"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
