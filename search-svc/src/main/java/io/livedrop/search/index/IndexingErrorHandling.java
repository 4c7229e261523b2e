package io.livedrop.search.index;

import io.livedrop.events.MalformedEventException;
import io.livedrop.events.Topics;
import io.livedrop.events.inbox.InboxProperties;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Replaces common-events' retry-then-park handler for this service. A record that fails because
 * Elasticsearch is unreachable is not poison: parking it would lose the update. It is retried with
 * backoff for as long as it takes, the partition holding its place, so consumption resumes where it
 * stopped when Elasticsearch is back. Any other failure is retried a few times and parked on
 * {@code <topic>.dlt} as everywhere else.
 */
@Configuration(proxyBeanMethods = false)
class IndexingErrorHandling {

    @Bean
    DefaultErrorHandler retryThenDeadLetterUnlessSearchIsDown(KafkaTemplate<String, String> kafka,
            InboxProperties inbox, SearchProperties search) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        var poisonBackOff = new ExponentialBackOffWithMaxRetries(inbox.retries());
        poisonBackOff.setInitialInterval(inbox.initialBackoff().toMillis());
        poisonBackOff.setMultiplier(2.0);
        poisonBackOff.setMaxInterval(inbox.maxBackoff().toMillis());
        var handler = new DefaultErrorHandler(recoverer, poisonBackOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setBackOffFunction((record, failure) -> searchDown(failure) ? untilBack(search) : null);
        return handler;
    }

    /** Unlimited attempts and elapsed time: the record waits for Elasticsearch, however long. */
    static ExponentialBackOff untilBack(SearchProperties search) {
        var backOff = new ExponentialBackOff(search.unavailableInitialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(search.unavailableMaxBackoff().toMillis());
        return backOff;
    }

    static boolean searchDown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SearchUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
