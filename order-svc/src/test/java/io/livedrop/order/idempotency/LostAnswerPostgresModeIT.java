package io.livedrop.order.idempotency;

import org.springframework.test.context.TestPropertySource;

/**
 * The same with {@code livedrop.orders.reservation=postgres}: there the guarded UPDATEs would refuse the
 * retry before its order is looked at. Keys are claimed in Redis in both modes. Configured as
 * PostgresReservationIT is, so both share one application context.
 */
@TestPropertySource(properties = {
        "livedrop.orders.reservation=postgres",
        "livedrop.events.consumer-name=order-svc-postgres-mode-it"})
class LostAnswerPostgresModeIT extends LostAnswerIT {
}
