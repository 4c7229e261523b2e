package io.livedrop.events.order;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record OrderPaymentFailed(UUID orderId, UUID userId, String reason, Instant failedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
