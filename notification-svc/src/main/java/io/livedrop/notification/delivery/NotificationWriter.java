package io.livedrop.notification.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.livedrop.notification.NotificationLatency;
import io.livedrop.notification.inbox.Notification;
import io.livedrop.notification.inbox.NotificationItem;
import io.livedrop.notification.preferences.Preferences;
import io.livedrop.notification.preferences.PreferencesDirectory;
import io.livedrop.notification.websocket.LiveDelivery;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one notification to many inboxes in bulk and plans its delivery. Runs in the caller's transaction:
 * rows that exist already (same user, same source event) are skipped, and only the rows inserted now are
 * delivered, so a redelivered event or a retried work item notifies nobody twice. Push, SMS and email are
 * planned as rows in the same transaction; the WebSocket message goes out once the transaction commits,
 * unless the sockets were told first by a {@link io.livedrop.notification.websocket.FollowerBroadcast}.
 */
@Component
public class NotificationWriter {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PreferencesDirectory preferences;
    private final LiveDelivery live;
    private final NotificationLatency latency;
    private final List<String> channels;

    NotificationWriter(JdbcTemplate jdbc, JsonMapper json, PreferencesDirectory preferences, LiveDelivery live,
            NotificationLatency latency, List<ChannelSender> senders) {
        this.jdbc = jdbc;
        this.json = json;
        this.preferences = preferences;
        this.live = live;
        this.latency = latency;
        this.channels = senders.stream().map(ChannelSender::channel).toList();
    }

    /** @return how many users were notified now (not before) */
    public int write(Notification notification, Collection<UUID> recipients) {
        return write(notification, recipients, true);
    }

    /**
     * For a slice of a fan-out whose sockets were told by the follower broadcast: inbox rows, push and
     * email only, so that nobody hears it twice on a socket.
     *
     * @return how many users were notified now (not before)
     */
    public int writeAfterBroadcast(Notification notification, Collection<UUID> recipients) {
        return write(notification, recipients, false);
    }

    private int write(Notification notification, Collection<UUID> recipients, boolean toSockets) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a notification is written inside its cause's transaction");
        }
        if (recipients.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        List<UUID> userIds = List.copyOf(recipients);
        List<Inserted> inserted = jdbc.execute(insertRows(notification, userIds, now));
        if (inserted == null || inserted.isEmpty()) {
            return 0;
        }
        Map<UUID, Preferences> wanted = preferences.of(inserted.stream().map(Inserted::userId).toList());
        planChannels(inserted, wanted, now);
        JsonNode data = json.valueToTree(notification.data());
        Map<UUID, UUID> live = inserted.stream().filter(row -> toSockets && wanted.get(row.userId()).websocket())
                .collect(Collectors.toMap(Inserted::userId, Inserted::id));
        NotificationItem item = new NotificationItem(null, notification.type(), notification.title(), notification.body(),
                data, now, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                latency.inboxWritten(notification.eventTime(), inserted.size());
                NotificationWriter.this.live.publish(item, live, notification.eventTime());
            }
        });
        return inserted.size();
    }

    private ConnectionCallback<List<Inserted>> insertRows(Notification notification, List<UUID> userIds, Instant now) {
        String data = json.writeValueAsString(notification.data());
        UUID[] ids = userIds.stream().map(notification::inboxIdFor).toArray(UUID[]::new);
        return connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO notification (id, user_id, source_event_id, type, title, body, data, created_at)
                    SELECT r.id, r.user_id, ?, ?, ?, ?, ?::jsonb, ? FROM unnest(?, ?) AS r(id, user_id)
                    ON CONFLICT (user_id, source_event_id) DO NOTHING
                    RETURNING id, user_id""")) {
                statement.setObject(1, notification.sourceEventId());
                statement.setString(2, notification.type());
                statement.setString(3, notification.title());
                statement.setString(4, notification.body());
                statement.setString(5, data);
                statement.setTimestamp(6, Timestamp.from(now));
                statement.setArray(7, connection.createArrayOf("uuid", ids));
                statement.setArray(8, connection.createArrayOf("uuid", userIds.toArray(UUID[]::new)));
                List<Inserted> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Inserted(result.getObject(1, UUID.class), result.getObject(2, UUID.class)));
                    }
                }
                return rows;
            }
        };
    }

    /** One row per channel the user wants, due now or when their quiet hours end. */
    private void planChannels(List<Inserted> inserted, Map<UUID, Preferences> wanted, Instant now) {
        List<UUID> notificationIds = new ArrayList<>();
        List<UUID> userIds = new ArrayList<>();
        List<String> rowChannels = new ArrayList<>();
        List<Timestamp> dueAt = new ArrayList<>();
        for (Inserted row : inserted) {
            Preferences user = wanted.get(row.userId());
            Timestamp due = Timestamp.from(user.quietUntil(now).orElse(now));
            for (String channel : channels) {
                if (Channels.wants(user, channel)) {
                    notificationIds.add(row.id());
                    userIds.add(row.userId());
                    rowChannels.add(channel);
                    dueAt.add(due);
                }
            }
        }
        if (notificationIds.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO channel_delivery (notification_id, user_id, channel, due_at)
                    SELECT * FROM unnest(?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                statement.setArray(1, connection.createArrayOf("uuid", notificationIds.toArray()));
                statement.setArray(2, connection.createArrayOf("uuid", userIds.toArray()));
                statement.setArray(3, connection.createArrayOf("text", rowChannels.toArray()));
                statement.setArray(4, connection.createArrayOf("timestamptz", dueAt.toArray()));
                return statement.executeUpdate();
            }
        });
    }

    private record Inserted(UUID id, UUID userId) {
    }
}
