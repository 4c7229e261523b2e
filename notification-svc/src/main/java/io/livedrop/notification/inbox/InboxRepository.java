package io.livedrop.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.livedrop.web.pagination.CursorRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class InboxRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InboxRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Newest first; the cursor is (createdAt, id) of the last item seen. */
    List<NotificationItem> page(UUID userId, CursorRequest request) {
        String columns = "SELECT id, type, title, body, data::text AS data, created_at, read_at FROM notification ";
        if (request.isFirstPage()) {
            return jdbc.sql(columns + "WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                    .params(userId, request.fetchSize())
                    .query(this::item).list();
        }
        return jdbc.sql(columns + "WHERE user_id = ? AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(userId, utc(request.cursor().instant(0)), request.cursor().uuid(1), request.fetchSize())
                .query(this::item).list();
    }

    long unreadCount(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    /** Marks it read once (a second call keeps the first time); false if the user has no such notification. */
    boolean markRead(UUID userId, UUID notificationId) {
        return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = ? AND user_id = ?")
                .params(notificationId, userId).update() == 1;
    }

    private NotificationItem item(ResultSet row, int i) throws SQLException {
        OffsetDateTime readAt = row.getObject("read_at", OffsetDateTime.class);
        return new NotificationItem(row.getObject("id", UUID.class), row.getString("type"), row.getString("title"),
                row.getString("body"), json.readTree(row.getString("data")),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
