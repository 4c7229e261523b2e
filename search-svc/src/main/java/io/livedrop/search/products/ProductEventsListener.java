package io.livedrop.search.products;

import java.util.UUID;
import java.util.function.UnaryOperator;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.search.creators.CreatorNames;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.VersionedWrites;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the products index up to date from livedrop.products, event time being the document version,
 * and the product-stock index from the same topic's stock changes, under their own versions.
 */
@Component
class ProductEventsListener {

    private final EventCodec codec;
    private final VersionedWrites writes;
    private final CreatorNames creators;

    ProductEventsListener(EventCodec codec, VersionedWrites writes, CreatorNames creators) {
        this.codec = codec;
        this.writes = writes;
        this.creators = creators;
    }

    @KafkaListener(topics = Topics.PRODUCTS)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(record.value()).ifPresent(this::apply);
    }

    private void apply(EventEnvelope<EventPayload> event) {
        switch (event.data()) {
            case ProductCreated created -> write(event, created.productId(), current -> ProductDocument.of(
                    created.productId().toString(), created.creatorId().toString(), creatorName(created.creatorId()),
                    created.title(), created.description(), created.price(), created.category(), created.tags(),
                    false, created.createdAt(), created.createdAt()));
            case ProductUpdated updated -> write(event, updated.productId(), current -> ProductDocument.of(
                    updated.productId().toString(), updated.creatorId().toString(), creatorName(updated.creatorId()),
                    updated.title(), updated.description(), updated.price(), updated.category(), updated.tags(),
                    updated.archived(), current == null ? updated.updatedAt() : current.createdAt(),
                    updated.updatedAt()));
            // A price change carries only the price: without the product there is nothing to change.
            case ProductPriceChanged changed -> write(event, changed.productId(), current ->
                    current == null ? null : current.withPrice(changed.newPrice(), changed.changedAt()));
            // Ordered by the product's stock version, not by time: see ProductStockDocument.
            case ProductStockChanged changed -> writes.replace(SearchIndex.PRODUCT_STOCK,
                    changed.productId().toString(), changed.version(), ProductStockDocument.of(changed));
            default -> {
                // A stock-low alert is not searchable.
            }
        }
    }

    private String creatorName(UUID creatorId) {
        return creators.nameOf(creatorId).orElse(null);
    }

    private void write(EventEnvelope<EventPayload> event, UUID productId, UnaryOperator<ProductDocument> change) {
        writes.apply(SearchIndex.PRODUCTS, productId.toString(), event.time(), ProductDocument.class, change);
    }
}
