package io.livedrop.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Kafka settings every service shares, as the lowest-precedence defaults: events travel as
 * JSON strings, the producer is idempotent and waits for all replicas, a consumer group is the
 * service, and a broker that is away fails a send in seconds so the outbox relay can back off.
 */
public class EventBackboneDefaults implements EnvironmentPostProcessor {

    private static final String STRING_SERIALIZER = "org.apache.kafka.common.serialization.StringSerializer";
    private static final String STRING_DESERIALIZER = "org.apache.kafka.common.serialization.StringDeserializer";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.bootstrap-servers", "${LIVEDROP_KAFKA_BOOTSTRAP:127.0.0.1:9092}");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.key-deserializer", STRING_DESERIALIZER);
        defaults.put("spring.kafka.consumer.value-deserializer", STRING_DESERIALIZER);
        defaults.put("spring.kafka.producer.key-serializer", STRING_SERIALIZER);
        defaults.put("spring.kafka.producer.value-serializer", STRING_SERIALIZER);
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        defaults.put("spring.kafka.producer.properties.linger.ms", "2");
        defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "15000");
        environment.getPropertySources().addLast(new MapPropertySource("livedropEventBackboneDefaults", defaults));
    }
}
