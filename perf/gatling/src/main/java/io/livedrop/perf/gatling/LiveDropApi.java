package io.livedrop.perf.gatling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data setup of a simulation, through the real API: accounts, a creator page, products, drops,
 * follows. Runs before the load and is not measured.
 */
final class LiveDropApi {

    static final String PASSWORD = "perf-password-2026";

    /** Sign-ups hash passwords with BCrypt; more at once than the cores only queues them. */
    private static final int SETUP_PARALLELISM = 4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final String userSvc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LiveDropApi(String gateway, String userSvc) {
        this.gateway = gateway;
        this.userSvc = userSvc;
    }

    static LiveDropApi fromParameters() {
        return new LiveDropApi(Parameters.baseUrl(), Parameters.userSvcUrl());
    }

    /** One answer: its status and JSON body (empty object when there is none). */
    record Answer(int status, JsonNode body, String raw) {

        String text(String field) {
            JsonNode value = body.get(field);
            if (value == null) {
                throw new IllegalStateException("no " + field + " in " + raw);
            }
            return value.asString();
        }

        /** The last segment of a problem's {@code type}, e.g. {@code sold-out}; empty when there is none. */
        String problem() {
            JsonNode type = body.get("type");
            return type == null ? "" : type.asString().substring(type.asString().lastIndexOf('/') + 1);
        }
    }

    /** A signed-in user. */
    record Account(String email, String id, String token) {
    }

    /** A creator page with the signed-in owner, whose token carries the CREATOR role. */
    record Studio(Account owner, String creatorId, String handle, String token) {
    }

    /** A scheduled drop of one product. */
    record Drop(String id, String productId, Instant startsAt) {
    }

    Answer get(String path, String token) {
        return send("GET", gateway + path, token, null, Map.of());
    }

    Answer delete(String path, String token) {
        return send("DELETE", gateway + path, token, null, Map.of());
    }

    Answer post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", gateway + path, token, body, headers);
    }

    Account signUp(String label) {
        String email = "perf-" + label + "-" + UUID.randomUUID() + "@example.com";
        Answer created = send("POST", userSvc + "/api/v1/auth/signup", null,
                Map.of("email", email, "password", PASSWORD, "displayName", "Perf " + label), Map.of());
        expect(created, 201, "sign-up of " + email);
        return logIn(email);
    }

    Account logIn(String email) {
        Answer tokens = send("POST", userSvc + "/api/v1/auth/login", null,
                Map.of("email", email, "password", PASSWORD), Map.of());
        expect(tokens, 200, "login of " + email);
        String token = tokens.text("accessToken");
        return new Account(email, get("/api/v1/users/me", token).text("id"), token);
    }

    /** {@code count} new accounts, a few sign-ups at a time. */
    List<Account> signUp(int count, String label) {
        List<Account> accounts = inParallel(count, index -> signUp(label + "-" + index));
        System.out.printf("signed up %d accounts (%s)%n", count, label);
        return accounts;
    }

    /** Logs the given accounts in again: a new token for each. */
    List<Account> logIn(List<String> emails) {
        return inParallel(emails.size(), index -> logIn(emails.get(index)));
    }

    Studio openStudio(String name) {
        Account owner = signUp("creator");
        String handle = "perf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Answer page = post("/api/v1/creators", owner.token(), Map.of("handle", handle, "displayName", name), Map.of());
        expect(page, 201, "creator page " + handle);
        // The CREATOR role comes with the next token, once user-svc has granted it.
        String token = until(Duration.ofSeconds(30), "the CREATOR role of " + handle, () -> {
            String fresh = logIn(owner.email()).token();
            return get("/api/v1/users/me", fresh).body().get("roles").toString().contains("CREATOR") ? fresh : null;
        });
        return new Studio(owner, page.text("id"), handle, token);
    }

    /** Lists a product; product-svc learns the creator page from its event, so the first tries may be refused. */
    String listProduct(Studio studio, String title, String category, List<String> tags) {
        Map<String, Object> product = Map.of("title", title, "description", "Signed and numbered, " + title,
                "category", category, "price", Map.of("amount", 2500, "currency", "EUR"), "tags", tags);
        return until(Duration.ofSeconds(30), "product " + title, () -> {
            Answer created = post("/api/v1/products", studio.token(), product, Map.of());
            return created.status() == 201 ? created.text("id") : null;
        });
    }

    /** Schedules a drop of one product; drop-svc learns products from their events, so the first tries may be refused. */
    Drop scheduleDrop(Studio studio, String productId, int quantity, int perUserLimit, Duration startsIn, Duration lasts) {
        return until(Duration.ofSeconds(30), "a drop of " + productId, () -> {
            Instant startsAt = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.SECONDS);
            Answer created = post("/api/v1/drops", studio.token(), Map.of(
                    "title", "Perf drop " + UUID.randomUUID().toString().substring(0, 8),
                    "startsAt", startsAt.toString(), "endsAt", startsAt.plus(lasts).toString(),
                    "perUserLimit", perUserLimit, "items", List.of(Map.of("productId", productId, "quantity", quantity))),
                    Map.of());
            return created.status() == 201 ? new Drop(created.text("id"), productId, startsAt) : null;
        });
    }

    /** Follows, retrying while follow-svc has not yet learnt the creator page. */
    void follow(Account fan, String creatorId) {
        until(Duration.ofSeconds(30), "a follow of " + creatorId, () ->
                send("PUT", gateway + "/api/v1/creators/" + creatorId + "/followers/me", fan.token(), null, Map.of())
                        .status() == 204 ? Boolean.TRUE : null);
    }

    long followerCount(String creatorId) {
        return get("/api/v1/creators/" + creatorId + "/follower-count", null).body().get("followerCount").asLong();
    }

    /** Units left of the drop's first item, as drop-svc shows them (it follows order events). */
    int remaining(String dropId) {
        return get("/api/v1/drops/" + dropId, null).body().get("items").get(0).get("remaining").asInt();
    }

    /** Calls {@code attempt} every half second until it gives a value. */
    static <T> T until(Duration timeout, String what, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = attempt.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + timeout);
            }
            pause(Duration.ofMillis(500));
        }
    }

    /**
     * Reads a count that follows events until it shows {@code expected} or the time is up; returns the
     * last reading either way, for the caller to print.
     */
    static long settled(Duration timeout, long expected, LongSupplier read) {
        Instant deadline = Instant.now().plus(timeout);
        long seen = read.getAsLong();
        while (seen != expected && Instant.now().isBefore(deadline)) {
            pause(Duration.ofSeconds(1));
            seen = read.getAsLong();
        }
        return seen;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    <T> List<T> inParallel(int count, Function<Integer, T> task) {
        try (ExecutorService pool = Executors.newFixedThreadPool(SETUP_PARALLELISM)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
        catch (Exception e) {
            throw new IllegalStateException("data setup failed", e);
        }
    }

    private static void expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer.status() + " " + answer.raw());
        }
    }

    /** The body as JSON; an empty object for an empty or non-JSON body (a proxy's error page, say). */
    private static JsonNode parse(String raw) {
        try {
            return raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        }
        catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }

    private Answer send(String method, String url, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body() == null ? "" : response.body();
            return new Answer(response.statusCode(), parse(raw), raw);
        }
        catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
