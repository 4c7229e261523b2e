package io.livedrop.events.outbox;

import io.livedrop.events.EventCodec;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives every service with a database and Kafka an {@link Outbox} and its relay. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "io.livedrop.events.inbox.InboxAutoConfiguration"})
@ConditionalOnClass(name = {"org.springframework.jdbc.core.JdbcTemplate", "org.flywaydb.core.Flyway"})
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** Where the outbox and processed-event tables' migration lives inside this jar. */
    static final String MIGRATIONS = "classpath:db/livedrop-events";

    @Bean
    @ConditionalOnProperty(name = "livedrop.events.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                            KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka, properties);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EventCodec codec, ObjectProvider<OutboxRelay> relay, Environment environment) {
        String source = environment.getRequiredProperty("spring.application.name");
        return new Outbox(jdbc, codec, source, () -> relay.ifAvailable(OutboxRelay::wakeUp));
    }

    @Bean
    FlywayConfigurationCustomizer eventTablesMigration() {
        return configuration -> configuration.locations(Stream.concat(
                        Arrays.stream(configuration.getLocations()).map(Location::getDescriptor),
                        Stream.of(MIGRATIONS))
                .toArray(String[]::new));
    }
}
