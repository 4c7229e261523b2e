package io.livedrop.events;

import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every event topic and its dead-letter topic, so they exist with the intended
 * partition count before the first producer or consumer touches them.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnBean(KafkaAdmin.class)
public class TopicsAutoConfiguration {

    static final int PARTITIONS = 6;

    @Bean
    KafkaAdmin.NewTopics livedropTopics() {
        return new KafkaAdmin.NewTopics(Stream.concat(
                        EventCatalog.entries().stream().map(EventCatalog.Entry::topic),
                        Stream.of(Topics.NOTIFICATION_FANOUT))
                .distinct()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(PARTITIONS).build())
                .toArray(NewTopic[]::new));
    }
}
