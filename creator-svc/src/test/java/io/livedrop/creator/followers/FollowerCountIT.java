package io.livedrop.creator.followers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.creator.ServiceIntegrationTest;
import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.Topics;
import io.livedrop.events.follow.FollowerCountUpdated;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** follow-svc's counts, as it publishes them, show on the page. */
class FollowerCountIT extends ServiceIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Instant MORNING = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportedCountShowsOnThePage() throws Exception {
        UUID page = pageOf(aUser());

        send(counted(page, 42, MORNING));

        await().atMost(DELIVERY).until(() -> followerCountOf(page) == 42);
    }

    @Test
    void laterCountReplacesAnEarlierOne() throws Exception {
        UUID page = pageOf(aUser());
        send(counted(page, 5, MORNING));
        await().atMost(DELIVERY).until(() -> followerCountOf(page) == 5);

        send(counted(page, 8, MORNING.plusSeconds(60)));

        await().atMost(DELIVERY).until(() -> followerCountOf(page) == 8);
    }

    @Test
    void redeliveredOrOlderCountDoesNotRegressIt() throws Exception {
        UUID page = pageOf(aUser());
        EventEnvelope<FollowerCountUpdated> early = counted(page, 5, MORNING);
        send(early);
        send(counted(page, 8, MORNING.plusSeconds(60)));
        await().atMost(DELIVERY).until(() -> followerCountOf(page) == 8);

        send(early);
        EventEnvelope<FollowerCountUpdated> older = counted(page, 3, MORNING.minusSeconds(60));
        send(older);

        // One partition per creator: once the older one is handled, so is the redelivery before it.
        await().atMost(DELIVERY).until(() -> handled(older));
        assertThat(followerCountOf(page)).isEqualTo(8);
    }

    private static EventEnvelope<FollowerCountUpdated> counted(UUID creatorId, long followers, Instant at) {
        return EventEnvelope.of("follow-svc", new FollowerCountUpdated(creatorId, followers, at), null);
    }

    private void send(EventEnvelope<FollowerCountUpdated> event) throws Exception {
        kafka.send(Topics.FOLLOWS, event.subject(), codec.encode(event)).get();
    }

    private boolean handled(EventEnvelope<?> event) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class,
                event.id()) == 1;
    }

    private long followerCountOf(UUID page) {
        return api().get("/api/v1/creators/" + page, null).json().path("followerCount").asLong();
    }
}
