package io.livedrop.order.api;

import java.util.UUID;

import io.livedrop.order.idempotency.IdempotencyKeys;
import io.livedrop.order.idempotency.IdempotentRequests;
import io.livedrop.order.idempotency.RequestHash;
import io.livedrop.order.idempotency.StoredAnswer;
import io.livedrop.order.orders.Order;
import io.livedrop.order.orders.OrderLifecycle;
import io.livedrop.order.orders.Orders;
import io.livedrop.order.reservation.OrderPlacement;
import io.livedrop.order.reservation.PlaceOrder;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderController {

    static final String ORDERS = "/api/v1/orders";

    private final IdempotentRequests idempotent;
    private final OrderPlacement placement;
    private final Orders orders;
    private final OrderLifecycle lifecycle;

    OrderController(IdempotentRequests idempotent, OrderPlacement placement, Orders orders, OrderLifecycle lifecycle) {
        this.idempotent = idempotent;
        this.placement = placement;
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    @PostMapping(ORDERS)
    ResponseEntity<String> place(CurrentUser caller,
                                 @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                                 @RequestBody PlaceOrderRequest body) {
        String key = IdempotencyKeys.require(idempotencyKey);
        body.validate();
        String hash = RequestHash.of("POST " + ORDERS, body.dropId(), body.productId(), body.quantity());
        return idempotent.answer(caller.id(), key, hash,
                () -> placement.placedEarlier(caller.id(), key, hash).map(this::created),
                () -> created(placement.place(
                        PlaceOrder.oneTap(caller.id(), key, hash, body.dropId(), body.productId(), body.quantity()))));
    }

    private StoredAnswer created(Order order) {
        return idempotent.created(ORDERS + "/" + order.id(), OrderView.of(order));
    }

    @GetMapping(ORDERS + "/{orderId}")
    OrderView get(CurrentUser caller, @PathVariable UUID orderId) {
        // Someone else's order answers exactly like a missing one: ids must not be probed.
        return orders.findOwned(orderId, caller.id()).map(OrderView::of)
                .orElseThrow(() -> ProblemException.notFound("No order " + orderId + "."));
    }

    @GetMapping("/api/v1/users/me/orders")
    CursorPage<OrderView> mine(CurrentUser caller, CursorRequest page) {
        return CursorPage.of(orders.pageOf(caller.id(), page), page, order -> Cursor.of(order.createdAt(), order.id()))
                .map(OrderView::of);
    }

    @PostMapping(ORDERS + "/{orderId}/cancel")
    OrderView cancel(CurrentUser caller, @PathVariable UUID orderId) {
        return OrderView.of(lifecycle.cancel(caller.id(), orderId));
    }
}
