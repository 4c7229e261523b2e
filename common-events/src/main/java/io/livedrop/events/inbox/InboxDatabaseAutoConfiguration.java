package io.livedrop.events.inbox;

import io.livedrop.events.EventCodec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link EventInbox}, for services with a database: processed-event ids live beside the
 * handler's own writes, in the service's schema.
 */
@AutoConfiguration(after = InboxAutoConfiguration.class, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
@ConditionalOnBean({EventCodec.class, JdbcTemplate.class, PlatformTransactionManager.class})
public class InboxDatabaseAutoConfiguration {

    @Bean
    EventInbox eventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventCodec codec,
                          Environment environment) {
        String consumer = environment.getProperty("livedrop.events.consumer-name",
                environment.getRequiredProperty("spring.application.name"));
        return new EventInbox(jdbc, new TransactionTemplate(transactionManager), codec, consumer);
    }
}
