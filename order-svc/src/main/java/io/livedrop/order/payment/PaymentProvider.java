package io.livedrop.order.payment;

import io.livedrop.order.orders.Order;

/**
 * Takes payment for a placed order. Providers answer later, through the signed webhook
 * ({@code POST /api/v1/payments/webhook}), never in this call: an order waits as PENDING_PAYMENT.
 */
public interface PaymentProvider {

    /** Asks for payment of the order's total; must not block the order request for long. */
    void requestPayment(Order order);
}
