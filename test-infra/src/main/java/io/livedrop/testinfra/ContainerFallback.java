package io.livedrop.testinfra;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Servers started by Testcontainers, for a developer's machine with Docker but without the
 * local infrastructure running. Each starts once per JVM, on first use.
 */
final class ContainerFallback {

    private static PostgreSQLContainer postgres;
    private static KafkaContainer kafka;
    private static GenericContainer<?> redis;
    private static ElasticsearchContainer elasticsearch;
    private static GenericContainer<?> s3;

    private static final Map<String, Function<String, String>> SETTINGS = Map.ofEntries(
            Map.entry("LIVEDROP_PG_HOST", key -> postgres().getHost()),
            Map.entry("LIVEDROP_PG_PORT", key -> String.valueOf(postgres().getMappedPort(5432))),
            Map.entry("LIVEDROP_PG_DATABASE", key -> "livedrop"),
            Map.entry("LIVEDROP_PG_ADMIN_USER", key -> "livedrop"),
            Map.entry("LIVEDROP_PG_ADMIN_PASSWORD", key -> "livedrop"),
            Map.entry("LIVEDROP_KAFKA_BOOTSTRAP", key -> kafkaContainer().getBootstrapServers()),
            Map.entry("LIVEDROP_REDIS_HOST", key -> redis().getHost()),
            Map.entry("LIVEDROP_REDIS_PORT", key -> String.valueOf(redis().getMappedPort(6379))),
            Map.entry("LIVEDROP_ES_URL", key -> "http://" + elasticsearch().getHttpHostAddress()),
            Map.entry("LIVEDROP_S3_ENDPOINT", key -> "http://" + s3().getHost() + ":" + s3().getMappedPort(9000)),
            Map.entry("LIVEDROP_S3_ACCESS_KEY", key -> "livedrop"),
            Map.entry("LIVEDROP_S3_SECRET_KEY", key -> "livedrop-secret"),
            Map.entry("LIVEDROP_S3_BUCKET", key -> "livedrop-media"));

    private ContainerFallback() {
    }

    static Optional<Function<String, String>> serverFor(String key) {
        return Optional.ofNullable(SETTINGS.get(key));
    }

    private static synchronized PostgreSQLContainer postgres() {
        if (postgres == null) {
            // The same bootstrap as the local infrastructure: one role and schema per service.
            postgres = new PostgreSQLContainer("postgres:15-alpine")
                    .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres")
                    .withCopyFileToContainer(MountableFile.forHostPath(
                                    Servers.repositoryRoot().resolve("deploy/local/postgres/bootstrap.sql")),
                            "/docker-entrypoint-initdb.d/bootstrap.sql");
            postgres.start();
        }
        return postgres;
    }

    static synchronized KafkaContainer kafkaContainer() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka-native:4.1.1");
            kafka.start();
        }
        return kafka;
    }

    private static synchronized GenericContainer<?> redis() {
        if (redis == null) {
            redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            redis.start();
        }
        return redis;
    }

    static synchronized ElasticsearchContainer elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.2.0")
                    .withEnv("xpack.security.enabled", "false");
            elasticsearch.start();
        }
        return elasticsearch;
    }

    private static synchronized GenericContainer<?> s3() {
        if (s3 == null) {
            s3 = new GenericContainer<>("minio/minio:latest").withExposedPorts(9000)
                    .withEnv("MINIO_ROOT_USER", "livedrop").withEnv("MINIO_ROOT_PASSWORD", "livedrop-secret")
                    .withCommand("server", "/data");
            s3.start();
        }
        return s3;
    }
}
