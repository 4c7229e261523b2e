package io.livedrop.drop.listing;

import io.livedrop.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Clears the cached lists on every drop event: scheduling, editing, cancelling, starting and ending
 * each change what the upcoming or live list holds. Driven by the events rather than by the code
 * that makes the change, so a change made by any instance, or by the lifecycle timer, clears them.
 * Redis is shared, so one instance of the group clearing is enough; a delete is idempotent, so no
 * inbox is needed.
 */
@Component
class ListCacheInvalidation {

    private final ListCache cache;

    ListCacheInvalidation(ListCache cache) {
        this.cache = cache;
    }

    @KafkaListener(topics = Topics.DROPS)
    void on(ConsumerRecord<String, String> record) {
        cache.invalidate();
    }
}
