package io.livedrop.order.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.CancelReason;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

class ExpiryIT extends OrderServiceHarness {

    @Test
    void anOrderNotPaidInTimeExpiresAndItsUnitsCanBeBoughtAgain() {
        Drop drop = aLiveDrop(1, 1);
        UUID buyer = UuidV7.next();
        UUID orderId = buy(buyer, drop, 1).orderId();
        assertThat(buy(UuidV7.next(), drop, 1).problemType()).isEqualTo("sold-out");

        try (TopicProbe events = TopicProbe.from(Topics.ORDERS)) {
            // Its payment deadline passes (rather than waiting the configured 10 minutes).
            jdbc.sql("UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id = ?")
                    .param(orderId).update();

            await().atMost(EVENTUALLY).until(() -> "EXPIRED".equals(jdbc.sql(
                    "SELECT status FROM customer_order WHERE id = ?").param(orderId).query(String.class).single()));
            events.await(record -> new EventCodec().decode(record.value())
                    .filter(event -> event.data() instanceof OrderCancelled cancelled
                            && cancelled.orderId().equals(orderId) && cancelled.reason() == CancelReason.EXPIRED)
                    .isPresent(), EVENTUALLY);
        }
        assertThat(sold(drop)).isZero();
        assertThat(leftInRedis(drop)).isEqualTo(1);
        assertThat(buy(UuidV7.next(), drop, 1).status()).isEqualTo(201);
    }
}
