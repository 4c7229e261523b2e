package io.livedrop.drop.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.drop.DropServiceApplication;
import io.livedrop.drop.DropServiceHarness;
import io.livedrop.testinfra.Servers;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drops start and end on time, exactly once, with two instances of drop-svc running against the
 * same schema, and a drop whose moment passed while no instance was running fires as soon as one
 * is back. The test's own context is one instance; the other is a second application context
 * started in this JVM.
 */
class TwoInstancesIT extends DropServiceHarness {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesIT.class);

    private static final String STARTED = "livedrop.drop.started.v1";
    private static final String ENDED = "livedrop.drop.ended.v1";

    /** The promise is one second; the bound leaves room for a loaded build machine. */
    private static final Duration ON_TIME = Duration.ofSeconds(2);

    @Autowired
    LifecycleTimer timer;

    @Test
    void everyDropStartsAndEndsExactlyOnceAndOnTimeWithTwoInstancesRunning() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        try (ConfigurableApplicationContext second = anotherInstance(); DropEventLog events = DropEventLog.open()) {
            List<ServiceClient> instances = List.of(api(), new ServiceClient(portOf(second)));
            Instant first = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
            List<ScheduledDrop> drops = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                // Staggered starts and ends, scheduled through both instances.
                Instant start = first.plusMillis(250L * i);
                Instant end = start.plusMillis(1000 + 150L * i);
                UUID id = scheduled(instances.get(i % 2), creator, aDrop().item(product, 5).startsAt(start).endsAt(end));
                drops.add(new ScheduledDrop(id, start, end));
            }

            events.readUntil(() -> drops.stream().allMatch(drop -> !events.of(drop.id(), ENDED).isEmpty()),
                    Duration.ofSeconds(20));
            // Long enough for a second copy from the other instance to show up, were there one.
            events.readFor(Duration.ofSeconds(1));

            for (ScheduledDrop drop : drops) {
                List<DropEventLog.Entry> started = events.of(drop.id(), STARTED);
                List<DropEventLog.Entry> ended = events.of(drop.id(), ENDED);
                assertThat(started).as("drop.started of %s", drop.id()).hasSize(1);
                assertThat(ended).as("drop.ended of %s", drop.id()).hasSize(1);
                Duration startLate = lateness(drop.startsAt(), started.getFirst());
                Duration endLate = lateness(drop.endsAt(), ended.getFirst());
                log.info("Drop {}: drop.started sent {} ms after its start, drop.ended {} ms after its end",
                        drop.id(), startLate.toMillis(), endLate.toMillis());
                assertThat(startLate).isBetween(Duration.ZERO, ON_TIME);
                assertThat(endLate).isBetween(Duration.ZERO, ON_TIME);
                assertThat(started.getFirst().offset()).isLessThan(ended.getFirst().offset());
            }
        }
    }

    @Test
    void aDropDueWhileEveryInstanceWasDownStartsAndEndsAsSoonAsOneIsBack() throws InterruptedException {
        Creator creator = aCreator();
        DropBuilder drop = aDrop().item(aProductOf(creator, 1500), 5)
                .startingIn(Duration.ofMillis(1500), Duration.ofSeconds(1));
        // This instance keeps serving HTTP, but its timer is down, as every other instance is.
        timer.stop();
        try {
            UUID dropId = scheduled(creator, drop);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), drop.endsAt()).toMillis()) + 500);
            assertThat(statusOf(dropId)).as("nothing moves a drop while no timer runs").isEqualTo("SCHEDULED");

            try (DropEventLog events = DropEventLog.open(); ConfigurableApplicationContext back = anotherInstance()) {
                Instant backAt = Instant.now();
                events.readUntil(() -> !events.of(dropId, ENDED).isEmpty(), Duration.ofSeconds(10));
                events.readFor(Duration.ofMillis(500));

                List<DropEventLog.Entry> started = events.of(dropId, STARTED);
                List<DropEventLog.Entry> ended = events.of(dropId, ENDED);
                assertThat(started).hasSize(1);
                assertThat(ended).hasSize(1);
                assertThat(started.getFirst().offset()).isLessThan(ended.getFirst().offset());
                Duration afterBack = lateness(backAt, ended.getFirst());
                log.info("Drop {} was due {} ms before an instance was back; drop.ended sent {} ms after it was",
                        dropId, Duration.between(drop.startsAt(), backAt).toMillis(), afterBack.toMillis());
                assertThat(afterBack).isLessThanOrEqualTo(ON_TIME);
                assertThat(statusOf(dropId)).isEqualTo("ENDED");
            }
        }
        finally {
            timer.start();
        }
    }

    private static Duration lateness(Instant due, DropEventLog.Entry event) {
        return Duration.ofMillis(event.sentAtMillis() - due.toEpochMilli());
    }

    /** Another drop-svc instance: the same service and schema, its own port and consumer group. */
    private static ConfigurableApplicationContext anotherInstance() {
        // Command-line arguments, which outrank application.yml.
        return new SpringApplicationBuilder(DropServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + Servers.postgresJdbcUrl(),
                "--spring.kafka.bootstrap-servers=" + Servers.kafkaBootstrap(),
                "--spring.data.redis.host=" + Servers.get("LIVEDROP_REDIS_HOST"),
                "--spring.data.redis.port=" + Servers.get("LIVEDROP_REDIS_PORT"),
                "--spring.kafka.consumer.group-id=drop-svc-it-" + UUID.randomUUID(),
                "--livedrop.security.jwks-uri=" + TestTokens.jwksUri());
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private record ScheduledDrop(UUID id, Instant startsAt, Instant endsAt) {
    }
}
