package io.livedrop.events;

import io.livedrop.events.inbox.EventInbox;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.events.user.UserCreated;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service: it changes state with an event, and consumes its own topic idempotently. */
@SpringBootApplication
public class EventsTestApplication {

    /** The state change and its event, in one transaction. */
    @Component
    public static class DemoUsers {

        private final JdbcTemplate jdbc;
        private final Outbox outbox;

        DemoUsers(JdbcTemplate jdbc, Outbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @Transactional
        public UUID signUp(UserCreated user) {
            jdbc.update("INSERT INTO demo_user (id, display_name) VALUES (?, ?)", user.userId(), user.displayName());
            return outbox.publish(user);
        }

        /** Only the event, for a series of events about one aggregate. */
        @Transactional
        public UUID announce(UserCreated user) {
            return outbox.publish(user);
        }

        @Transactional
        public void signUpThenFail(UserCreated user) {
            signUp(user);
            throw new IllegalStateException("the change fails after its event was written");
        }

        public int count(UUID userId) {
            return jdbc.queryForObject("SELECT count(*) FROM demo_user WHERE id = ?", Integer.class, userId);
        }
    }

    /**
     * Applies each user event by writing one row; a display name of {@value #ALWAYS_FAILS}
     * makes the handler throw, as a bug would.
     */
    @Component
    public static class AppliedEffects {

        public static final String ALWAYS_FAILS = "always-fails";

        private final EventInbox inbox;
        private final JdbcTemplate jdbc;
        private final Queue<ConsumerRecord<String, String>> delivered = new ConcurrentLinkedQueue<>();

        AppliedEffects(EventInbox inbox, JdbcTemplate jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = Topics.USERS)
        void on(ConsumerRecord<String, String> record) {
            delivered.add(record);
            inbox.process(record, event -> {
                if (event.data() instanceof UserCreated user && ALWAYS_FAILS.equals(user.displayName())) {
                    throw new IllegalStateException("handler bug");
                }
                jdbc.update("INSERT INTO applied_effect (event_id, subject) VALUES (?, ?)", event.id(), event.subject());
            });
        }

        public int timesApplied(UUID eventId) {
            return jdbc.queryForObject("SELECT count(*) FROM applied_effect WHERE event_id = ?", Integer.class, eventId);
        }

        public List<UUID> appliedForSubject(String subject) {
            return jdbc.queryForList("SELECT event_id FROM applied_effect WHERE subject = ? ORDER BY applied_at",
                    UUID.class, subject);
        }

        /** Records delivered for one key, in delivery order (before deduplication). */
        public List<ConsumerRecord<String, String>> deliveredFor(String key) {
            return delivered.stream().filter(record -> key.equals(record.key())).toList();
        }
    }
}
