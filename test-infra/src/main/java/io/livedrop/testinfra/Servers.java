package io.livedrop.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.testcontainers.DockerClientFactory;

/**
 * Where the real servers of a test run are. Connection settings come from the environment that
 * {@code ./livedrop up --infra-only} (and {@code ./livedrop test}) export; where a variable is
 * missing and Docker is available, Testcontainers starts that server; otherwise the test fails
 * with a message saying how to start the infrastructure. A test is never silently skipped.
 *
 * <p>Keys are the environment variable names ({@code LIVEDROP_PG_PORT}, ...), which is also how
 * the services' configuration refers to them.
 */
public final class Servers {

    private static final Map<String, String> RESOLVED = new ConcurrentHashMap<>();

    private Servers() {
    }

    /** The value of one {@code LIVEDROP_*} setting; fails with instructions when nothing provides it. */
    public static String get(String key) {
        String fromEnvironment = System.getenv(key);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return RESOLVED.computeIfAbsent(key, Servers::fromContainers);
    }

    /** Whether {@code key} names a setting this class can provide. */
    static boolean knows(String key) {
        return ContainerFallback.serverFor(key).isPresent();
    }

    public static String postgresJdbcUrl() {
        return "jdbc:postgresql://" + get("LIVEDROP_PG_HOST") + ":" + get("LIVEDROP_PG_PORT") + "/"
                + get("LIVEDROP_PG_DATABASE");
    }

    public static String postgresAdminUser() {
        return get("LIVEDROP_PG_ADMIN_USER");
    }

    public static String postgresAdminPassword() {
        return get("LIVEDROP_PG_ADMIN_PASSWORD");
    }

    public static String kafkaBootstrap() {
        return get("LIVEDROP_KAFKA_BOOTSTRAP");
    }

    /**
     * Stops and restarts the Kafka broker, to show what happens while it is away. With the local
     * infrastructure this is the real broker process of {@code ./livedrop}; with Testcontainers
     * the container is paused.
     */
    public static KafkaOutage kafkaOutage() {
        if (System.getenv("LIVEDROP_KAFKA_BOOTSTRAP") != null) {
            return new KafkaOutage.LocalBroker(repositoryRoot());
        }
        kafkaBootstrap();
        return new KafkaOutage.PausedContainer(ContainerFallback.kafkaContainer());
    }

    /**
     * Stops and restarts Elasticsearch, to show what happens while it is away. With the local
     * infrastructure this is the real node process of {@code ./livedrop}; with Testcontainers the
     * container is paused.
     */
    public static ElasticsearchOutage elasticsearchOutage() {
        if (System.getenv("LIVEDROP_ES_URL") != null) {
            return new ElasticsearchOutage.LocalNode(repositoryRoot());
        }
        get("LIVEDROP_ES_URL");
        return new ElasticsearchOutage.PausedContainer(ContainerFallback.elasticsearch());
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("livedrop"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the LiveDrop repository root (the folder with ./livedrop) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String fromContainers(String key) {
        Optional<Function<String, String>> server = ContainerFallback.serverFor(key);
        if (server.isEmpty()) {
            throw new IllegalArgumentException("unknown LiveDrop setting " + key);
        }
        if (!dockerAvailable()) {
            throw new IllegalStateException(key + " is not set and no Docker engine is available to start the server "
                    + "with Testcontainers. Start the real servers first: `./livedrop up --infra-only` and then "
                    + "`eval \"$(./livedrop env)\"` in this shell, or run everything with `./livedrop test`.");
        }
        return server.get().apply(key);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
