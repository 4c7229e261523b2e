package io.livedrop.order.cart;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.order.api.OrderView;
import io.livedrop.order.idempotency.IdempotencyKeys;
import io.livedrop.order.idempotency.IdempotentRequests;
import io.livedrop.order.idempotency.RequestHash;
import io.livedrop.order.idempotency.StoredAnswer;
import io.livedrop.order.orders.Order;
import io.livedrop.order.reservation.OrderPlacement;
import io.livedrop.order.reservation.PlaceOrder;
import io.livedrop.order.stock.DropSales;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Carts: nothing is reserved while shopping; checkout reserves every item or none, like a one-tap order. */
@RestController
class CartController {

    private static final String CARTS = "/api/v1/carts";

    private final Carts carts;
    private final DropSales sales;
    private final OrderPlacement placement;
    private final IdempotentRequests idempotent;

    CartController(Carts carts, DropSales sales, OrderPlacement placement, IdempotentRequests idempotent) {
        this.carts = carts;
        this.sales = sales;
        this.placement = placement;
        this.idempotent = idempotent;
    }

    record CartView(String cartToken, List<Cart.Item> items, Instant expiresAt) {

        static CartView of(Cart cart) {
            return new CartView(cart.token(), cart.items(), cart.expiresAt());
        }
    }

    record PutItem(UUID dropId, Integer quantity) {
    }

    @PostMapping(CARTS)
    ResponseEntity<CartView> create(CurrentUser caller) {
        Cart cart = carts.create(caller.id());
        return ResponseEntity.created(URI.create(CARTS + "/" + cart.token())).body(CartView.of(cart));
    }

    @GetMapping(CARTS + "/{cartToken}")
    CartView get(CurrentUser caller, @PathVariable String cartToken) {
        return CartView.of(owned(caller, cartToken));
    }

    @PutMapping(CARTS + "/{cartToken}/items/{productId}")
    CartView put(CurrentUser caller, @PathVariable String cartToken, @PathVariable UUID productId,
                 @RequestBody PutItem body) {
        if (body.quantity() == null || body.quantity() < 0) {
            throw ProblemException.invalid("quantity", "must be 0 (to remove) or more");
        }
        Cart cart = owned(caller, cartToken);
        if (cart.checkedOut()) {
            throw ProblemException.conflict("cart-checked-out", "This cart became order " + cart.orderId() + ".");
        }
        if (body.quantity() > 0) {
            requireSold(body.dropId(), productId);
        }
        carts.put(cartToken, productId, body.dropId(), body.quantity());
        return CartView.of(owned(caller, cartToken));
    }

    @PostMapping(CARTS + "/{cartToken}/checkout")
    ResponseEntity<String> checkout(CurrentUser caller, @PathVariable String cartToken,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        String key = IdempotencyKeys.require(idempotencyKey);
        Cart cart = owned(caller, cartToken);
        // The cart's contents are the request: the same key after the cart changed is another request.
        String hash = RequestHash.of("POST " + CARTS + "/checkout", cartToken, cart.items());
        return idempotent.answer(caller.id(), key, hash,
                () -> placement.placedEarlier(caller.id(), key, hash).map(order -> checkedOut(cartToken, order)),
                () -> checkedOut(cartToken, placement.place(orderOf(caller, key, hash, cart))));
    }

    /** The order a checkout places: every item of a cart not checked out yet. */
    private static PlaceOrder orderOf(CurrentUser caller, String key, String hash, Cart cart) {
        if (cart.checkedOut()) {
            throw ProblemException.conflict("cart-checked-out", "This cart became order " + cart.orderId() + ".");
        }
        if (cart.items().isEmpty()) {
            throw ProblemException.conflict("cart-empty", "There is nothing in this cart to check out.");
        }
        return new PlaceOrder(caller.id(), key, hash, cart.items().stream()
                .map(item -> new PlaceOrder.Line(item.dropId(), item.productId(), item.quantity()))
                .toList());
    }

    private StoredAnswer checkedOut(String cartToken, Order order) {
        carts.markCheckedOut(cartToken, order.id());
        return idempotent.created("/api/v1/orders/" + order.id(), OrderView.of(order));
    }

    private Cart owned(CurrentUser caller, String cartToken) {
        return carts.find(cartToken, caller.id())
                .orElseThrow(() -> ProblemException.notFound("No cart " + cartToken + ", or it expired."));
    }

    private void requireSold(UUID dropId, UUID productId) {
        if (dropId == null) {
            throw ProblemException.invalid("dropId", "is required");
        }
        if (sales.find(dropId).isEmpty()) {
            throw ProblemException.notFound("No drop " + dropId + ".");
        }
        if (sales.items(dropId).stream().noneMatch(item -> item.productId().equals(productId))) {
            if (!sales.productKnown(productId)) {
                throw ProblemException.notFound("No product " + productId + ".");
            }
            throw ProblemException.badRequest("product-not-in-drop",
                    "Product " + productId + " is not sold in drop " + dropId + ".").with("productId", productId);
        }
    }
}
