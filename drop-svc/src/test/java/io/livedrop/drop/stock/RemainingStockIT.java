package io.livedrop.drop.stock;

import static org.awaitility.Awaitility.await;

import io.livedrop.drop.DropServiceHarness;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.StockReleased;
import io.livedrop.events.order.StockReserved;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What remains of a drop item follows order-svc's reservations and releases. */
class RemainingStockIT extends DropServiceHarness {

    @Test
    void reservationsTakeFromWhatRemainsAndReleasesGiveBack() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        UUID dropId = scheduled(creator, aDrop().item(product, 10));
        UUID order = UuidV7.next();

        send(Topics.ORDERS, new StockReserved(order, dropId, product, 3, Instant.now()));
        await().atMost(EVENTUALLY).until(() -> remaining(dropId) == 7);

        send(Topics.ORDERS, new StockReleased(order, dropId, product, 2, "expired", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> remaining(dropId) == 9);
    }

    @Test
    void aRedeliveredReservationCountsOnce() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        UUID dropId = scheduled(creator, aDrop().item(product, 10));
        UUID order = UuidV7.next();
        EventEnvelope<StockReserved> reserved = EventEnvelope.of("order-svc",
                new StockReserved(order, dropId, product, 4, Instant.now()), null);
        send(Topics.ORDERS, reserved);
        await().atMost(EVENTUALLY).until(() -> remaining(dropId) == 6);

        send(Topics.ORDERS, reserved);
        send(Topics.ORDERS, new StockReserved(order, dropId, product, 1, Instant.now()));

        // One order's events share a partition, so the redelivery is handled before the later one:
        // had it counted again, what remains would go 6, 2, 1 and never be 5.
        await().atMost(EVENTUALLY).until(() -> remaining(dropId) == 5);
    }

    private int remaining(UUID dropId) {
        return api().get("/api/v1/drops/" + dropId).json().path("items").path(0).path("remaining").asInt();
    }
}
