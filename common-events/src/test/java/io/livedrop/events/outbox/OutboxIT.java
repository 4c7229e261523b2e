package io.livedrop.events.outbox;

import static io.livedrop.events.TestEvents.aUserCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventsTestApplication.AppliedEffects;
import io.livedrop.events.EventsTestApplication.DemoUsers;
import io.livedrop.events.UuidV7;
import io.livedrop.events.user.UserCreated;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class OutboxIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    DemoUsers users;
    @Autowired
    AppliedEffects effects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventCodec codec;

    @Test
    void committedChangeIsPublishedAndAppliedOnce() {
        UserCreated user = aUserCreated().build();

        UUID eventId = users.signUp(user);

        await().atMost(DELIVERY).until(() -> effects.timesApplied(eventId) == 1);
        assertThat(effects.deliveredFor(user.aggregateId())).hasSize(1);
        assertThat(pendingRows(user.aggregateId())).as("sent rows are cleaned up").isZero();
    }

    @Test
    void rolledBackChangePublishesNothing() {
        UserCreated doomed = aUserCreated().build();
        assertThatThrownBy(() -> users.signUpThenFail(doomed)).isInstanceOf(IllegalStateException.class);

        UUID later = users.signUp(aUserCreated().build());

        await().atMost(DELIVERY).until(() -> effects.timesApplied(later) == 1);
        assertThat(users.count(doomed.userId())).isZero();
        assertThat(pendingRows(doomed.aggregateId())).isZero();
        assertThat(effects.deliveredFor(doomed.aggregateId())).isEmpty();
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereWritten() {
        UUID userId = UuidV7.next();
        List<String> written = IntStream.range(0, 15).mapToObj(i -> "version " + i).toList();

        written.forEach(name -> users.announce(aUserCreated().forUser(userId).named(name).build()));

        await().atMost(DELIVERY).until(() -> effects.deliveredFor(userId.toString()).size() == written.size());
        List<String> received = effects.deliveredFor(userId.toString()).stream()
                .map(record -> ((UserCreated) codec.decode(record.value()).orElseThrow().data()).displayName())
                .toList();
        assertThat(received).containsExactlyElementsOf(written);
    }

    @Test
    void twoRelayInstancesPublishEachEventOnce(@Autowired PlatformTransactionManager transactionManager,
                                              @Autowired KafkaTemplate<String, String> kafka,
                                              @Autowired OutboxProperties properties) {
        OutboxRelay secondInstance = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka, properties);
        secondInstance.start();
        try {
            List<UserCreated> created = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                UserCreated user = aUserCreated().build();
                users.signUp(user);
                created.add(user);
                secondInstance.wakeUp();
            }

            await().atMost(DELIVERY).until(() -> created.stream()
                    .allMatch(user -> effects.deliveredFor(user.aggregateId()).size() == 1));
            // Give a double send time to show up before concluding there was none.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> created.stream()
                    .allMatch(user -> effects.deliveredFor(user.aggregateId()).size() == 1));
        } finally {
            secondInstance.stop();
        }
    }

    private int pendingRows(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE message_key = ?", Integer.class, aggregateId);
    }
}
