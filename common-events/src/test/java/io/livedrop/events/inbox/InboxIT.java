package io.livedrop.events.inbox;

import static io.livedrop.events.TestEvents.aUserCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventsTestApplication.AppliedEffects;
import io.livedrop.testinfra.TopicProbe;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.user.UserCreated;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

@SpringBootTest
class InboxIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    AppliedEffects effects;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void redeliveredEventIsAppliedOnce() throws Exception {
        UserCreated user = aUserCreated().build();
        EventEnvelope<UserCreated> event = EventEnvelope.of("inbox-it", user, null);

        send(user.aggregateId(), codec.encode(event));
        send(user.aggregateId(), codec.encode(event));
        UUID behind = sendEvent(aUserCreated().forUser(user.userId()).named("behind").build());

        await().atMost(DELIVERY).until(() -> effects.timesApplied(behind) == 1);
        assertThat(effects.deliveredFor(user.aggregateId())).hasSize(3);
        assertThat(effects.timesApplied(event.id())).isEqualTo(1);
    }

    @Test
    void poisonRecordIsParkedOnTheDeadLetterTopicWhileRecordsBehindItFlow() throws Exception {
        String key = UuidV7.next().toString();
        try (TopicProbe deadLetters = TopicProbe.from(Topics.deadLetter(Topics.USERS))) {
            send(key, "{this is not an event");
            UUID behind = sendEvent(aUserCreated().forUser(UUID.fromString(key)).build());

            await().atMost(DELIVERY).until(() -> effects.timesApplied(behind) == 1);
            ConsumerRecord<String, String> parked = deadLetters.await(record -> key.equals(record.key()), DELIVERY);
            assertThat(parked.value()).isEqualTo("{this is not an event");
            assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not JSON");
            assertThat(header(parked, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.USERS);
        }
    }

    @Test
    void failingHandlerIsRetriedThenParkedWithNothingApplied() throws Exception {
        UserCreated user = aUserCreated().named(AppliedEffects.ALWAYS_FAILS).build();
        try (TopicProbe deadLetters = TopicProbe.from(Topics.deadLetter(Topics.USERS))) {
            UUID eventId = sendEvent(user);

            ConsumerRecord<String, String> parked = deadLetters.await(
                    record -> user.aggregateId().equals(record.key()), DELIVERY);
            assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("handler bug");
            assertThat(effects.deliveredFor(user.aggregateId())).as("first try and 3 retries").hasSize(4);
            assertThat(effects.timesApplied(eventId)).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?",
                    Integer.class, eventId)).as("a failed handling is not recorded as processed").isZero();
        }
    }

    private UUID sendEvent(UserCreated user) throws Exception {
        EventEnvelope<UserCreated> event = EventEnvelope.of("inbox-it", user, null);
        send(user.aggregateId(), codec.encode(event));
        return event.id();
    }

    private void send(String key, String value) throws Exception {
        kafka.send(Topics.USERS, key, value).get();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
