package io.livedrop.perf.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Reading the catalogue, as visitors and as signed-in fans: a creator page, its products and drops,
 * a product, a drop, the scheduled drops, product/drop/creator search and autocomplete; fans also
 * read their profile, whether they follow the creator and their unread count. {@code users} visits
 * arrive evenly over {@code duration} (an open model: a slow answer does not slow the arrivals),
 * half of them anonymous; each visit pauses 100-500 ms between pages.
 */
public class BrowseSimulation extends Simulation {

    private final int visits = Parameters.number("users", 600);
    private final Duration duration = Parameters.seconds("duration", 60);
    private final int accountCount = Parameters.number("accounts", 20);
    private final int productCount = Parameters.number("products", 5);

    private final LiveDropApi api = LiveDropApi.fromParameters();
    /** One record per product: what a visit looks at. */
    private volatile List<Map<String, Object>> catalogue;
    private volatile List<LiveDropApi.Account> accounts;

    {
        ScenarioBuilder visitors = scenario("browse anonymously")
                .exec(feed(InTurn.feeder(() -> catalogue, page -> page)))
                .exec(pages("anonymous", null));
        ScenarioBuilder fans = scenario("browse signed in")
                .exec(feed(InTurn.feeder(() -> catalogue, page -> page)))
                .exec(feed(InTurn.feeder(() -> accounts, account -> Map.of("token", account.token()))))
                .exec(pages("signed in", "Bearer #{token}"))
                .exec(signedIn("my profile", "/api/v1/users/me"))
                .exec(signedIn("am I following", "/api/v1/users/me/following/#{creatorId}"))
                .exec(signedIn("unread count", "/api/v1/notifications/unread-count"));
        setUp(visitors.injectOpen(rampUsers(visits / 2).during(duration)),
                fans.injectOpen(rampUsers(visits - visits / 2).during(duration)))
                .protocols(Gateway.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Parameters.announce("Browse", "%d visits over %s, %d accounts, %d products"
                .formatted(visits, duration, accountCount, productCount));
        LiveDropApi.Studio studio = api.openStudio("Browse Studio");
        // A word no other data has, so that search and autocomplete find exactly this catalogue.
        String word = "gat" + ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        List<String> products = new ArrayList<>();
        for (int i = 0; i < productCount; i++) {
            products.add(api.listProduct(studio, word + " print " + i, "prints", List.of("poster", word)));
        }
        String dropId = api.scheduleDrop(studio, products.getFirst(), 50, 2, Duration.ofDays(1), Duration.ofHours(1)).id();
        accounts = api.signUp(accountCount, "browser");
        List<Map<String, Object>> pages = new ArrayList<>();
        for (String productId : products) {
            Map<String, Object> page = new HashMap<>();
            page.put("productId", productId);
            page.put("creatorId", studio.creatorId());
            page.put("handle", studio.handle());
            page.put("dropId", dropId);
            page.put("word", word);
            page.put("prefix", word.substring(0, 3 + ThreadLocalRandom.current().nextInt(word.length() - 2)));
            pages.add(page);
        }
        catalogue = pages;
    }

    /** The public pages of one visit; {@code authorization} null for an anonymous visitor. */
    private static ChainBuilder pages(String who, String authorization) {
        return exec(read(who, "creator page", "/api/v1/creators/#{handle}", authorization))
                .pause(Duration.ofMillis(100), Duration.ofMillis(500))
                .exec(read(who, "creator's products", "/api/v1/creators/#{creatorId}/products?limit=20", authorization))
                .exec(read(who, "creator's drops", "/api/v1/creators/#{creatorId}/drops?limit=20", authorization))
                .pause(Duration.ofMillis(100), Duration.ofMillis(500))
                .exec(read(who, "product", "/api/v1/products/#{productId}", authorization))
                .exec(read(who, "drop", "/api/v1/drops/#{dropId}", authorization))
                .pause(Duration.ofMillis(100), Duration.ofMillis(500))
                .exec(read(who, "scheduled drops", "/api/v1/drops?status=SCHEDULED&limit=20", authorization))
                .exec(read(who, "autocomplete", "/api/v1/search/suggest?prefix=#{prefix}", authorization))
                .exec(read(who, "search products", "/api/v1/search/products?q=#{word}&sort=relevance", authorization))
                .exec(read(who, "search drops", "/api/v1/search/drops?q=#{word}", authorization))
                .exec(read(who, "search creators", "/api/v1/search/creators?q=Browse", authorization));
    }

    private static HttpRequestActionBuilder read(String who, String page, String path, String authorization) {
        HttpRequestActionBuilder request = http(who + ": " + page).get(path);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static HttpRequestActionBuilder signedIn(String page, String path) {
        return http("signed in: " + page).get(path).header("Authorization", "Bearer #{token}");
    }
}
