package io.livedrop.order.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.events.order.StockReleased;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.order.orders.Orders;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

class PaymentIT extends OrderServiceHarness {

    private static final WebhookSignature SIGNATURE = new WebhookSignature(WEBHOOK_SECRET);
    private static final String WEBHOOK = "/api/v1/payments/webhook";

    @Autowired
    Orders orders;

    @Test
    void aBadSignatureIs401AndChangesNothing() {
        Drop drop = aLiveDrop(5, 2);
        UUID orderId = buy(UuidV7.next(), drop, 1).orderId();
        String body = callback(orderId, "SUCCEEDED");

        Response forged = postSigned(WEBHOOK, body, new WebhookSignature("not-the-secret").sign(bytes(body)));
        Response unsigned = postSigned(WEBHOOK, body, null);

        assertThat(forged.status()).isEqualTo(401);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(status(orderId)).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void aSuccessfulPaymentConfirmsTheOrderAndAReplayedCallbackChangesNothing() {
        Drop drop = aLiveDrop(5, 2);
        UUID orderId = buy(UuidV7.next(), drop, 1).orderId();
        String paid = callback(orderId, "SUCCEEDED");
        String failed = callback(orderId, "FAILED");

        assertThat(postSigned(WEBHOOK, paid, SIGNATURE.sign(bytes(paid))).status()).isEqualTo(204);
        assertThat(postSigned(WEBHOOK, paid, SIGNATURE.sign(bytes(paid))).status()).isEqualTo(204);
        assertThat(postSigned(WEBHOOK, failed, SIGNATURE.sign(bytes(failed))).status()).isEqualTo(204);

        assertThat(status(orderId)).isEqualTo("CONFIRMED");
        assertThat(sold(drop)).isEqualTo(1);
    }

    @Test
    void aFailedPaymentGivesTheUnitsBackSoTheyCanBeBoughtAgain() {
        Drop drop = aLiveDrop(1, 1);
        UUID buyer = UuidV7.next();
        UUID orderId = buy(buyer, drop, 1).orderId();
        assertThat(buy(UuidV7.next(), drop, 1).problemType()).isEqualTo("sold-out");
        String failed = callback(orderId, "FAILED");

        try (TopicProbe events = TopicProbe.from(Topics.ORDERS)) {
            assertThat(postSigned(WEBHOOK, failed, SIGNATURE.sign(bytes(failed))).status()).isEqualTo(204);

            assertThat(status(orderId)).isEqualTo("PAYMENT_FAILED");
            assertThat(sold(drop)).isZero();
            assertThat(leftInRedis(drop)).isEqualTo(1);
            events.await(record -> is(record.value(), OrderPaymentFailed.class, orderId), EVENTUALLY);
            events.await(record -> is(record.value(), StockReleased.class, orderId), EVENTUALLY);
        }
        // The buyer's allowance came back too.
        assertThat(buy(buyer, drop, 1).status()).isEqualTo(201);
    }

    @Test
    void theSimulatedProviderCallsTheWebhookBackSigned() {
        Drop drop = aLiveDrop(5, 2);
        UUID orderId = buy(UuidV7.next(), drop, 1).orderId();

        try (SimulatedPaymentProvider alwaysDeclining = new SimulatedPaymentProvider(Duration.ZERO, 1.0,
                () -> URI.create("http://127.0.0.1:" + port + WEBHOOK), SIGNATURE, JsonMapper.shared())) {
            alwaysDeclining.requestPayment(orders.find(orderId).orElseThrow());

            await().atMost(EVENTUALLY).until(() -> status(orderId).equals("PAYMENT_FAILED"));
        }
        assertThat(sold(drop)).isZero();
    }

    private String status(UUID orderId) {
        return jdbc.sql("SELECT status FROM customer_order WHERE id = ?").param(orderId).query(String.class).single();
    }

    private static String callback(UUID orderId, String outcome) {
        return "{\"paymentId\":\"" + UuidV7.next() + "\",\"orderId\":\"" + orderId + "\",\"outcome\":\"" + outcome + "\"}";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean is(String value, Class<?> type, UUID orderId) {
        return new EventCodec().decode(value)
                .filter(event -> type.isInstance(event.data()) && event.data().aggregateId().equals(orderId.toString()))
                .isPresent();
    }
}
