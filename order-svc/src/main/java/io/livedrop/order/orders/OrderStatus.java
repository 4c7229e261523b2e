package io.livedrop.order.orders;

/** PENDING_PAYMENT → CONFIRMED | PAYMENT_FAILED | CANCELLED | EXPIRED; every end state is final. */
public enum OrderStatus {
    PENDING_PAYMENT,
    CONFIRMED,
    PAYMENT_FAILED,
    CANCELLED,
    EXPIRED;

    public boolean canMoveTo(OrderStatus next) {
        return this == PENDING_PAYMENT && next != PENDING_PAYMENT;
    }

    /** Whether leaving this status for {@code next} gives the reserved units back. */
    public static boolean releasesStock(OrderStatus next) {
        return next != CONFIRMED && next != PENDING_PAYMENT;
    }
}
