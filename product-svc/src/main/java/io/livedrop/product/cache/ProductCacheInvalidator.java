package io.livedrop.product.cache;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.product.ProductUpdated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Drops a product's cached detail when the product's own topic says it changed. Driven by the
 * committed event rather than by the request that made the change, the eviction also happens
 * when that instance dies right after its commit; every instance shares the one Redis entry, so
 * one eviction serves them all. Deleting a key twice is harmless, so no inbox is needed.
 */
@Component
class ProductCacheInvalidator {

    private final EventCodec codec;
    private final ProductDetailCache cache;

    ProductCacheInvalidator(EventCodec codec, ProductDetailCache cache) {
        this.codec = codec;
        this.cache = cache;
    }

    /**
     * Every change of what is cached (edit, price, archiving, media) publishes product.updated;
     * the other product events change nothing cached, and a freshly created product may already
     * be cached correctly.
     */
    @KafkaListener(topics = Topics.PRODUCTS)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // Not an event, so nothing to evict; the topic's other consumers park it.
            return;
        }
        codec.decode(record.value()).ifPresent(event -> {
            if (event.data() instanceof ProductUpdated updated) {
                cache.evict(updated.productId());
            }
        });
    }
}
