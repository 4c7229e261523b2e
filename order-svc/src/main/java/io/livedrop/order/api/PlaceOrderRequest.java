package io.livedrop.order.api;

import java.util.UUID;

import io.livedrop.web.problem.ProblemException;

/** {@code POST /api/v1/orders} body. */
record PlaceOrderRequest(UUID dropId, UUID productId, Integer quantity) {

    /** 400 naming the first field that is missing or out of range. */
    void validate() {
        if (dropId == null) {
            throw ProblemException.invalid("dropId", "is required");
        }
        if (productId == null) {
            throw ProblemException.invalid("productId", "is required");
        }
        if (quantity == null || quantity < 1) {
            throw ProblemException.invalid("quantity", "must be at least 1");
        }
    }
}
