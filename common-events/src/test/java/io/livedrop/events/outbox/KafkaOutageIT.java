package io.livedrop.events.outbox;

import static io.livedrop.events.TestEvents.aUserCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.EventsTestApplication.AppliedEffects;
import io.livedrop.events.EventsTestApplication.DemoUsers;
import io.livedrop.testinfra.KafkaOutage;
import io.livedrop.testinfra.Servers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class KafkaOutageIT {

    @Autowired
    DemoUsers users;
    @Autowired
    AppliedEffects effects;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsWrittenWhileKafkaIsStoppedAreDeliveredAfterItReturns() {
        KafkaOutage outage = Servers.kafkaOutage();
        List<UUID> written;
        outage.stopBroker();
        try {
            written = IntStream.range(0, 5).mapToObj(i -> users.signUp(aUserCreated().build())).toList();

            // The changes committed; their events wait in the outbox while the relay backs off.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> pendingRows(written) == written.size());
        } finally {
            outage.startBroker();
        }

        await().atMost(Duration.ofMinutes(2)).until(() -> written.stream().allMatch(id -> effects.timesApplied(id) == 1));
        assertThat(pendingRows(written)).isZero();
    }

    private int pendingRows(List<UUID> eventIds) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE event_id = ANY (?::uuid[])", Integer.class,
                (Object) eventIds.stream().map(UUID::toString).toArray(String[]::new));
    }
}
