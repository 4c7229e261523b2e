package io.livedrop.drop.catalog;

import io.livedrop.events.Topics;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductUpdated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the known products and creator pages current, each event applied once. */
@Component
class CatalogListener {

    private final EventInbox inbox;
    private final KnownProducts products;
    private final KnownCreators creators;

    CatalogListener(EventInbox inbox, KnownProducts products, KnownCreators creators) {
        this.inbox = inbox;
        this.products = products;
        this.creators = creators;
    }

    @KafkaListener(topics = Topics.PRODUCTS)
    void onProduct(ConsumerRecord<String, String> record) {
        // The envelope's time orders one product's events, whatever the payload's own timestamps say.
        inbox.process(record, event -> {
            switch (event.data()) {
                case ProductCreated created -> products.record(
                        new KnownProduct(created.productId(), created.creatorId(), created.price(), false), event.time());
                case ProductUpdated updated -> products.record(
                        new KnownProduct(updated.productId(), updated.creatorId(), updated.price(), updated.archived()),
                        event.time());
                case ProductPriceChanged changed -> products.reprice(changed.productId(), changed.newPrice(), event.time());
                default -> {
                    // Stock reports do not change what a drop may sell or at what price.
                }
            }
        });
    }

    @KafkaListener(topics = Topics.CREATORS)
    void onCreator(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case CreatorCreated created -> creators.record(created.creatorId(), created.userId(), event.time());
                case CreatorUpdated updated -> creators.record(updated.creatorId(), updated.userId(), event.time());
                default -> {
                    // Verification does not change who owns a page.
                }
            }
        });
    }
}
