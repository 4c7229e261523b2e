package io.livedrop.notification.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.notification.MailServer;
import io.livedrop.notification.NotificationServiceHarness;
import io.livedrop.testinfra.Servers;
import io.livedrop.testinfra.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.TestPropertySource;

/**
 * A second instance, the packaged service in its own JVM, takes a big fan-out and is killed (SIGKILL) in
 * the middle of it; this test's instance, whose listeners start only then, takes over its partitions and
 * finishes. Runs in a JVM of its own (failsafe execution {@code killed-instance}), so that no other test's
 * instance shares the consumer group and quietly does the work instead.
 */
@TestPropertySource(properties = {
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.consumer.properties.session.timeout.ms=6000",
        "spring.kafka.consumer.properties.heartbeat.interval.ms=1000"})
class KilledInstanceIT extends NotificationServiceHarness {

    private static final int FOLLOWERS = 3000;
    private static final Path JAR = Path.of("target", "notification-svc.jar");
    private static final Path LOG = Path.of("target", "killed-instance.log");

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void theWorkOfAKilledInstanceIsFinishedByAnotherAndEveryFollowerIsToldExactlyOnce() throws Exception {
        UUID creatorId = UuidV7.next();
        List<UUID> fans = IntStream.range(0, FOLLOWERS).mapToObj(i -> UuidV7.next()).toList();
        // The projection is this service's own table: filled directly, as the follow events would.
        jdbc.sql("INSERT INTO follower (creator_id, user_id) SELECT ?, unnest(string_to_array(?, ',')::uuid[])")
                .params(creatorId, fans.stream().map(UUID::toString).collect(Collectors.joining(","))).update();

        Process other = null;
        try {
            other = startOtherInstance();
            UUID eventId = send(Topics.DROPS, new DropStarted(UuidV7.next(), creatorId, "Killer Tee", Instant.now())).id();
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(20)).until(() -> inboxRows(eventId) > 0);

            other.destroyForcibly().waitFor();
            int whenKilled = inboxRows(eventId);
            assertThat(whenKilled).as("inbox rows written before the kill").isLessThan(FOLLOWERS);

            listeners.start();
            // The dead member leaves the group when its session times out (6 s), then this one gets its partitions.
            await().atMost(Duration.ofMinutes(2)).until(() -> inboxRows(eventId) == FOLLOWERS);
            Map<UUID, Long> perUser = jdbc.sql("SELECT user_id FROM notification WHERE source_event_id = ?")
                    .param(eventId).query(UUID.class).list().stream()
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(perUser.keySet()).containsExactlyInAnyOrderElementsOf(fans);
            assertThat(perUser.values()).containsOnly(1L);
        }
        finally {
            if (other != null) {
                other.destroyForcibly().waitFor();
            }
        }
    }

    /** The packaged service (package runs before failsafe) in the same consumer group, ready when this returns. */
    private static Process startOtherInstance() throws Exception {
        assertThat(JAR).as("the packaged service; run `mvn verify`, which packages before the integration tests")
                .exists();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.kafka.consumer.group-id=" + GROUP,
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000",
                // Many small work items make a fan-out long enough to be cut in the middle.
                "--livedrop.notification.fanout.batch-size=2",
                "--livedrop.security.jwks-uri=" + TestTokens.jwksUri(),
                "--spring.mail.host=" + MailServer.host(),
                "--spring.mail.port=" + MailServer.smtpPort())
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        for (String key : List.of("LIVEDROP_PG_HOST", "LIVEDROP_PG_PORT", "LIVEDROP_PG_DATABASE", "LIVEDROP_REDIS_HOST",
                "LIVEDROP_REDIS_PORT", "LIVEDROP_KAFKA_BOOTSTRAP")) {
            builder.environment().put(key, Servers.get(key));
        }
        Files.createDirectories(LOG.getParent());
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                assertThat(process.isAlive()).as("the other instance is running (log: " + LOG.toAbsolutePath() + ")")
                        .isTrue();
                try {
                    return http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode() == 200;
                }
                catch (IOException notYet) {
                    return false;
                }
            });
        }
        catch (RuntimeException | AssertionError ex) {
            process.destroyForcibly().waitFor();
            throw ex;
        }
        return process;
    }
}
