package io.livedrop.order.reservation;

import java.util.List;
import java.util.UUID;

/**
 * An order to place for this user under this idempotency key: one line for a one-tap purchase,
 * a cart's lines at checkout.
 */
public record PlaceOrder(UUID userId, String idempotencyKey, String requestHash, List<Line> lines) {

    public PlaceOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs a line");
        }
    }

    public static PlaceOrder oneTap(UUID userId, String idempotencyKey, String requestHash, UUID dropId,
                                    UUID productId, int quantity) {
        return new PlaceOrder(userId, idempotencyKey, requestHash, List.of(new Line(dropId, productId, quantity)));
    }

    /** This many units of one product of one drop. */
    public record Line(UUID dropId, UUID productId, int quantity) {
    }
}
