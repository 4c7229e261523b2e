package io.livedrop.drop.schedule;

import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.events.Money;
import io.livedrop.events.drop.DropItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of drops made on a creator's request. Changes are guarded by status and by the database
 * clock: a drop whose start has come is the lifecycle timer's, whatever this instance's clock says.
 */
@Repository
class DropStore {

    private final JdbcClient jdbc;

    DropStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID creatorId, DropDraft draft, List<DropItem> items, Instant now) {
        jdbc.sql("""
                        INSERT INTO drops (id, creator_id, title, starts_at, ends_at, per_user_limit, status,
                                           created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)""")
                .params(id, creatorId, draft.title(), Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()),
                        draft.perUserLimit(), Timestamp.from(now), Timestamp.from(now))
                .update();
        insertItems(id, items);
    }

    /** The drop with its items, locked until the transaction ends. */
    Optional<StoredDrop> lock(UUID id) {
        return jdbc.sql("""
                        SELECT id, creator_id, title, starts_at, ends_at, per_user_limit, status
                        FROM drops WHERE id = ? FOR UPDATE""")
                .param(id)
                .query((row, i) -> new StoredDrop(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getObject(4, OffsetDateTime.class).toInstant(),
                        row.getObject(5, OffsetDateTime.class).toInstant(), row.getInt(6),
                        DropStatus.valueOf(row.getString(7)), itemsOf(id)))
                .optional();
    }

    /** Returns false if the drop has started meanwhile. */
    boolean reschedule(UUID id, DropDraft draft, Instant now) {
        return jdbc.sql("""
                        UPDATE drops SET title = ?, starts_at = ?, ends_at = ?, per_user_limit = ?, updated_at = ?
                        WHERE id = ? AND status = 'SCHEDULED' AND starts_at > now()""")
                .params(draft.title(), Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()),
                        draft.perUserLimit(), Timestamp.from(now), id)
                .update() == 1;
    }

    void replaceItems(UUID id, List<DropItem> items) {
        jdbc.sql("DELETE FROM drop_item WHERE drop_id = ?").param(id).update();
        insertItems(id, items);
    }

    /** Returns false if the drop has started meanwhile. */
    boolean cancel(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE drops SET status = 'CANCELLED', cancelled_at = ?, updated_at = ?
                        WHERE id = ? AND status = 'SCHEDULED' AND starts_at > now()""")
                .params(Timestamp.from(now), Timestamp.from(now), id)
                .update() == 1;
    }

    private List<DropItem> itemsOf(UUID id) {
        return jdbc.sql("""
                        SELECT product_id, quantity, unit_price_amount, unit_price_currency
                        FROM drop_item WHERE drop_id = ? ORDER BY position""")
                .param(id)
                .query((row, i) -> new DropItem(row.getObject(1, UUID.class), row.getInt(2),
                        new Money(row.getLong(3), row.getString(4))))
                .list();
    }

    private void insertItems(UUID id, List<DropItem> items) {
        for (int position = 0; position < items.size(); position++) {
            DropItem item = items.get(position);
            jdbc.sql("""
                            INSERT INTO drop_item (drop_id, position, product_id, quantity, unit_price_amount,
                                                   unit_price_currency)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, position, item.productId(), item.quantity(), item.unitPrice().amount(),
                            item.unitPrice().currency())
                    .update();
        }
    }
}
