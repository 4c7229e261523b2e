package io.livedrop.order.cart;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A buyer's cart: items picked from live drops, nothing reserved until checkout. */
record Cart(String token, UUID ownerId, List<Item> items, Instant expiresAt, UUID orderId) {

    Cart {
        items = items.stream().sorted(Comparator.comparing(Item::productId)).toList();
    }

    record Item(UUID productId, UUID dropId, int quantity) {
    }

    boolean checkedOut() {
        return orderId != null;
    }
}
