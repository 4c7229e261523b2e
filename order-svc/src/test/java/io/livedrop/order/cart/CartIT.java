package io.livedrop.order.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.order.OrderServiceHarness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CartIT extends OrderServiceHarness {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final List<String> carts = new ArrayList<>();

    @AfterEach
    void deleteOurCarts() {
        carts.forEach(token -> redis.delete(Carts.key(token)));
    }

    @Test
    void aCartKeepsItsItemsAndZeroRemovesOne() throws Exception {
        Drop drop = aLiveDrop(10, 5);
        Drop other = aLiveDrop(10, 5);
        UUID fan = UuidV7.next();
        String cart = aCart(fan);

        assertThat(putItem(fan, cart, drop, 2)).isEqualTo(200);
        assertThat(putItem(fan, cart, other, 1)).isEqualTo(200);
        assertThat(putItem(fan, cart, drop, 0)).isEqualTo(200);

        Response read = get("/api/v1/carts/" + cart, fan(fan));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("items")).hasSize(1);
        assertThat(read.json().get("items").get(0).get("productId").asString()).isEqualTo(other.productId().toString());
        assertThat(read.json().get("expiresAt").isString()).isTrue();
        assertThat(sold(drop)).isZero();
    }

    @Test
    void someoneElsesCartIs404() {
        String cart = aCart(UuidV7.next());

        assertThat(get("/api/v1/carts/" + cart, fan(UuidV7.next())).status()).isEqualTo(404);
        assertThat(get("/api/v1/carts/no-such-cart", fan(UuidV7.next())).status()).isEqualTo(404);
    }

    @Test
    void checkoutReservesEveryItemInOneOrder() throws Exception {
        Drop drop = aLiveDrop(10, 5);
        Drop other = aLiveDrop(10, 5);
        UUID fan = UuidV7.next();
        String cart = aCart(fan);
        putItem(fan, cart, drop, 2);
        putItem(fan, cart, other, 3);

        Response order = checkout(fan, cart, "checkout-1");
        Response replay = checkout(fan, cart, "checkout-1");

        assertThat(order.status()).isEqualTo(201);
        assertThat(order.json().get("items")).hasSize(2);
        assertThat(order.json().get("total").get("amount").asLong()).isEqualTo(5 * PRICE.amount());
        assertThat(replay.body()).isEqualTo(order.body());
        assertThat(sold(drop)).isEqualTo(2);
        assertThat(sold(other)).isEqualTo(3);
        assertThat(leftInRedis(other)).isEqualTo(7);
    }

    @Test
    void checkoutWithOneItemUnavailableReservesNothingAndNamesThatItem() throws Exception {
        Drop plenty = aLiveDrop(10, 5);
        Drop scarce = aLiveDrop(1, 5);
        UUID fan = UuidV7.next();
        String cart = aCart(fan);
        putItem(fan, cart, plenty, 2);
        putItem(fan, cart, scarce, 2);

        Response refused = checkout(fan, cart, "checkout-2");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("sold-out");
        assertThat(refused.json().get("productId").asString()).isEqualTo(scarce.productId().toString());
        assertThat(sold(plenty)).isZero();
        assertThat(sold(scarce)).isZero();
        assertThat(leftInRedis(plenty)).isEqualTo(10);
    }

    private String aCart(UUID fan) {
        Response created = post("/api/v1/carts", fan(fan), "", null);
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("cartToken").asString();
        carts.add(token);
        return token;
    }

    private Response checkout(UUID fan, String cart, String key) {
        forget(fan, key);
        return post("/api/v1/carts/" + cart + "/checkout", fan(fan), "", key);
    }

    private int putItem(UUID fan, String cart, Drop drop, int quantity) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/carts/" + cart + "/items/" + drop.productId()))
                .header("Authorization", "Bearer " + fan(fan))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"dropId\":\"" + drop.id() + "\",\"quantity\":" + quantity + "}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
