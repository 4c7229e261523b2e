package io.livedrop.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.notification.NotificationProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends due push, SMS and email deliveries. Each channel polls on its own, so a slow or failing channel never
 * holds the others back. Rows are claimed with SKIP LOCKED and a lease, so several instances share the
 * work and a crashed instance's claims come due again. A failure is retried with exponential backoff
 * until {@code max-attempts}, then the row is parked as FAILED.
 */
@Component
class ChannelWorker {

    private static final Logger log = LoggerFactory.getLogger(ChannelWorker.class);

    private final JdbcClient jdbc;
    private final List<ChannelSender> senders;
    private final Throttle throttle;
    private final TaskScheduler scheduler;
    private final NotificationProperties.Delivery settings;
    private final Backoff backoff;

    ChannelWorker(JdbcClient jdbc, List<ChannelSender> senders, Throttle throttle, TaskScheduler scheduler,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.throttle = throttle;
        this.scheduler = scheduler;
        this.settings = properties.delivery();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        senders.forEach(sender -> scheduler.scheduleWithFixedDelay(() -> poll(sender), settings.pollInterval()));
    }

    void poll(ChannelSender sender) {
        try {
            claim(sender.channel()).forEach(claimed -> send(sender, claimed));
        }
        catch (RuntimeException ex) {
            log.warn("Polling {} deliveries failed: {}", sender.channel(), ex.toString());
        }
    }

    private void send(ChannelSender sender, Claimed claimed) {
        // Counted once, on the first attempt: retries of an allowed send are not new sends.
        if (claimed.attempts() == 1 && !throttle.allows(claimed.message().userId(), sender.channel(), Instant.now())) {
            finish(claimed.id(), "THROTTLED", null);
            return;
        }
        try {
            sender.send(claimed.message());
            finish(claimed.id(), "SENT", null);
        }
        catch (Exception ex) {
            String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
            if (claimed.attempts() >= settings.maxAttempts()) {
                log.warn("Giving up {} delivery {} after {} attempts: {}", sender.channel(), claimed.id(),
                        claimed.attempts(), error);
                finish(claimed.id(), "FAILED", error);
            }
            else {
                jdbc.sql("UPDATE channel_delivery SET due_at = now() + make_interval(secs => ?), last_error = ? WHERE id = ?")
                        .params(backoff.after(claimed.attempts()).toMillis() / 1000.0, error, claimed.id()).update();
            }
        }
    }

    private List<Claimed> claim(String channel) {
        return jdbc.sql("""
                UPDATE channel_delivery d SET attempts = d.attempts + 1, due_at = now() + make_interval(secs => ?)
                FROM notification n LEFT JOIN recipient r ON r.user_id = n.user_id
                WHERE n.id = d.notification_id AND d.id IN (
                    SELECT id FROM channel_delivery WHERE channel = ? AND status = 'PENDING' AND due_at <= now()
                    ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.attempts, n.id AS notification_id, n.user_id, r.email, r.phone_number, n.type, n.title, n.body,
                    n.data::text AS data""")
                .params(settings.lease().toSeconds(), channel, settings.batchSize())
                .query((row, i) -> new Claimed(row.getLong("id"), row.getInt("attempts"),
                        new Outgoing(row.getObject("notification_id", UUID.class), row.getObject("user_id", UUID.class),
                                row.getString("email"), row.getString("phone_number"), row.getString("type"),
                                row.getString("title"), row.getString("body"), row.getString("data"))))
                .list();
    }

    private void finish(long id, String status, String error) {
        jdbc.sql("UPDATE channel_delivery SET status = ?, last_error = ? WHERE id = ?").params(status, error, id).update();
    }

    private record Claimed(long id, int attempts, Outgoing message) {
    }
}
