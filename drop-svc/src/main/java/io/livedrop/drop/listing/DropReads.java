package io.livedrop.drop.listing;

import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.events.Money;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drops as clients see them, read from Postgres. Lists are keyset pages on the indexed sort key and
 * id, so a page costs the same at any depth; each page's items come in one more query. The
 * repeatable-read snapshot keeps a drop and its items from two different moments.
 */
@Repository
public class DropReads {

    private static final String COLUMNS = "id, creator_id, title, starts_at, ends_at, per_user_limit, status";

    private final JdbcClient jdbc;

    DropReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<DropView> find(UUID dropId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drops WHERE id = ?")
                .param(dropId)
                .query(DropReads::row)
                .optional()
                .map(row -> withItems(List.of(row)).getFirst());
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    CursorPage<DropView> list(DropList list, CursorRequest page) {
        String direction = list.ascending ? "ASC" : "DESC";
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM drops WHERE status = ?");
        List<Object> params = new ArrayList<>(List.of(list.status.name()));
        if (!page.isFirstPage()) {
            sql.append(" AND (").append(list.sortColumn).append(", id) ").append(list.ascending ? ">" : "<")
                    .append(" (?, ?)");
            params.add(Timestamp.from(page.cursor().instant(0)));
            params.add(page.cursor().uuid(1));
        }
        sql.append(" ORDER BY ").append(list.sortColumn).append(' ').append(direction)
                .append(", id ").append(direction).append(" LIMIT ?");
        params.add(page.fetchSize());
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(DropReads::row).list();
        return CursorPage.of(withItems(rows), page, drop -> Cursor.of(list.sortKey.apply(drop), drop.id()));
    }

    /** All of a creator's drops, whatever their status, latest start first. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    CursorPage<DropView> ofCreator(UUID creatorId, CursorRequest page) {
        List<Row> rows = page.isFirstPage()
                ? jdbc.sql("SELECT " + COLUMNS + " FROM drops WHERE creator_id = ?"
                                + " ORDER BY starts_at DESC, id DESC LIMIT ?")
                        .params(creatorId, page.fetchSize())
                        .query(DropReads::row).list()
                : jdbc.sql("SELECT " + COLUMNS + " FROM drops WHERE creator_id = ? AND (starts_at, id) < (?, ?)"
                                + " ORDER BY starts_at DESC, id DESC LIMIT ?")
                        .params(creatorId, Timestamp.from(page.cursor().instant(0)), page.cursor().uuid(1),
                                page.fetchSize())
                        .query(DropReads::row).list();
        return CursorPage.of(withItems(rows), page, drop -> Cursor.of(drop.startsAt(), drop.id()));
    }

    /** Every drop, whatever its status, in id order after {@code after} (null: from the first), along the key. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<DropView> allAfter(UUID after, int rows) {
        List<Row> found = after == null
                ? jdbc.sql("SELECT " + COLUMNS + " FROM drops ORDER BY id LIMIT ?").param(rows)
                        .query(DropReads::row).list()
                : jdbc.sql("SELECT " + COLUMNS + " FROM drops WHERE id > ? ORDER BY id LIMIT ?").params(after, rows)
                        .query(DropReads::row).list();
        return withItems(found);
    }

    private List<DropView> withItems(List<Row> rows) {
        Map<UUID, List<ItemView>> items = itemsOf(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(row -> new DropView(row.id(), row.creatorId(), row.title(), row.startsAt(), row.endsAt(),
                        row.perUserLimit(), row.status(), items.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<ItemView>> itemsOf(Collection<UUID> dropIds) {
        Map<UUID, List<ItemView>> items = new HashMap<>();
        if (dropIds.isEmpty()) {
            return items;
        }
        jdbc.sql("""
                        SELECT drop_id, product_id, quantity, reserved, unit_price_amount, unit_price_currency
                        FROM drop_item WHERE drop_id = ANY (?::uuid[]) ORDER BY drop_id, position""")
                .param(dropIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((ResultSet row) -> {
                    int quantity = row.getInt(3);
                    items.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new ItemView(row.getObject(2, UUID.class), quantity,
                                    remaining(quantity, row.getInt(4)),
                                    new Money(row.getLong(5), row.getString(6))));
                });
        return items;
    }

    /**
     * Kept within 0..quantity: this is only a view of order-svc's events, and order-svc's own stock is
     * what prevents overselling, so the view shows "none left" rather than a negative count.
     */
    static int remaining(int quantity, int reserved) {
        return Math.clamp((long) quantity - reserved, 0, quantity);
    }

    private static Row row(ResultSet row, int rowNum) throws SQLException {
        return new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getObject(4, OffsetDateTime.class).toInstant(), row.getObject(5, OffsetDateTime.class).toInstant(),
                row.getInt(6), DropStatus.valueOf(row.getString(7)));
    }

    private record Row(UUID id, UUID creatorId, String title, Instant startsAt, Instant endsAt, int perUserLimit,
            DropStatus status) {
    }
}
