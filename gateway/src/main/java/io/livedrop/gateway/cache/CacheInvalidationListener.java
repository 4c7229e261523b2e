package io.livedrop.gateway.cache;

import java.time.Duration;
import java.util.List;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Deletes cached answers when their owner announces a change: a creator, product or drop event
 * (its {@code subject} is the aggregate id) removes every entry showing that aggregate, and a drop
 * event also every drop list. Deleting is idempotent, so redelivered events need no inbox; the
 * shared Redis means one consumer group serves all gateway instances. The TTL bounds what a lost
 * race between a store and an invalidation can leave behind.
 */
@Component
class CacheInvalidationListener {

    private static final Logger log = LoggerFactory.getLogger(CacheInvalidationListener.class);

    private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(5);

    private final EventCodec codec;

    private final ResponseCache cache;

    CacheInvalidationListener(EventCodec codec, ResponseCache cache) {
        this.codec = codec;
        this.cache = cache;
    }

    @KafkaListener(topics = { Topics.CREATORS, Topics.PRODUCTS, Topics.DROPS })
    void onEvent(ConsumerRecord<String, String> record) {
        // Types this build does not know (a newer version) are skipped; their entries expire soon.
        codec.decode(record.value()).ifPresent(event -> {
            List<String> tags = switch (record.topic()) {
                case Topics.CREATORS -> List.of(CacheTags.creator(event.subject()));
                case Topics.PRODUCTS -> List.of(CacheTags.product(event.subject()));
                default -> List.of(CacheTags.drop(event.subject()), CacheTags.DROP_LISTS);
            };
            Long deleted = cache.invalidate(tags).block(REDIS_TIMEOUT);
            log.debug("{} {}: {} cached keys deleted", event.type(), event.subject(), deleted);
        });
    }
}
