package io.livedrop.order.cart;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.order.OrdersProperties;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Carts in Redis, one hash per cart (owner, expiry, one field per product), expiring when idle.
 * A field per product lets two concurrent item changes both land.
 */
@Component
class Carts {

    private static final String ITEM = "item:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final Duration ttl;

    Carts(StringRedisTemplate redis, OrdersProperties properties) {
        this.redis = redis;
        this.ttl = properties.cartTtl();
    }

    static String key(String token) {
        return "ld:order:cart:{" + token + "}";
    }

    Cart create(UUID ownerId) {
        // Unguessable: the token names the cart in URLs.
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant expiresAt = nextExpiry();
        redis.opsForHash().putAll(key(token), Map.of("owner", ownerId.toString(), "expiresAt", expiresAt.toString()));
        redis.expire(key(token), ttl);
        return new Cart(token, ownerId, List.of(), expiresAt, null);
    }

    /** The cart if it exists and is this user's; someone else's is as good as missing. */
    Optional<Cart> find(String token, UUID ownerId) {
        Map<Object, Object> fields = redis.opsForHash().entries(key(token));
        if (fields.isEmpty() || !ownerId.toString().equals(fields.get("owner"))) {
            return Optional.empty();
        }
        List<Cart.Item> items = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (field.toString().startsWith(ITEM)) {
                String[] dropAndQuantity = value.toString().split(":");
                items.add(new Cart.Item(UUID.fromString(field.toString().substring(ITEM.length())),
                        UUID.fromString(dropAndQuantity[0]), Integer.parseInt(dropAndQuantity[1])));
            }
        });
        Object order = fields.get("order");
        return Optional.of(new Cart(token, ownerId, items, Instant.parse(fields.get("expiresAt").toString()),
                order == null ? null : UUID.fromString(order.toString())));
    }

    /** Sets one product's quantity (0 removes it) and restarts the idle expiry. */
    void put(String token, UUID productId, UUID dropId, int quantity) {
        if (quantity == 0) {
            redis.opsForHash().delete(key(token), ITEM + productId);
        }
        else {
            redis.opsForHash().put(key(token), ITEM + productId, dropId + ":" + quantity);
        }
        redis.opsForHash().put(key(token), "expiresAt", nextExpiry().toString());
        redis.expire(key(token), ttl);
    }

    void markCheckedOut(String token, UUID orderId) {
        redis.opsForHash().put(key(token), "order", orderId.toString());
    }

    private Instant nextExpiry() {
        return Instant.now().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
    }
}
