package io.livedrop.order.payment;

import java.util.UUID;

/** The webhook body a provider sends when it knows whether an order was paid. */
public record PaymentCallback(UUID paymentId, UUID orderId, Outcome outcome, String reason) {

    public enum Outcome {
        SUCCEEDED,
        FAILED
    }
}
