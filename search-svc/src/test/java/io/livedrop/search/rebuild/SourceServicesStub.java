package io.livedrop.search.rebuild;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.livedrop.testinfra.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for the internal listings of product-svc (products and stock), drop-svc and creator-svc
 * and for user-svc's service-token endpoint, in exactly their contract: {@code {"items": [...], "nextCursor": ...}}
 * pages of at most {@code limit} rows, read with a bearer service token. Each source module's own
 * integration test shows that its real endpoint answers in this format; an end-to-end test runs the
 * rebuild against the real services.
 */
final class SourceServicesStub {

    static final String CLIENT_SECRET = "it-search-svc-secret";
    static final String PRODUCTS = "/internal/products";
    static final String DROPS = "/internal/drops";
    static final String CREATORS = "/internal/creators";
    static final String STOCK = "/internal/product-stock";

    private final HttpServer server;
    private final String token = TestTokens.serviceToken("search-svc");
    private final Map<String, List<Map<String, Object>>> listings = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    private SourceServicesStub(HttpServer server) {
        this.server = server;
    }

    static SourceServicesStub start() {
        try {
            SourceServicesStub stub = new SourceServicesStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            stub.server.createContext("/internal/service-tokens", stub::token);
            for (String path : List.of(PRODUCTS, DROPS, CREATORS, STOCK)) {
                stub.server.createContext(path, exchange -> stub.listing(path, exchange));
            }
            stub.server.start();
            return stub;
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot start the source services stub", ex);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What each listing answers from now on, in id order as the real ones are. */
    void serve(List<Map<String, Object>> creators, List<Map<String, Object>> products,
            List<Map<String, Object>> drops, List<Map<String, Object>> stock) {
        listings.put(CREATORS, creators);
        listings.put(PRODUCTS, products);
        listings.put(DROPS, drops);
        listings.put(STOCK, stock);
        failing.clear();
    }

    /** The listing answers 500 until the next {@link #serve}. */
    void fail(String path) {
        failing.add(path);
    }

    private void token(HttpExchange exchange) throws IOException {
        JsonNode credentials = JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes());
        if (!"POST".equals(exchange.getRequestMethod()) || !"search-svc".equals(credentials.path("clientId").asString())
                || !CLIENT_SECRET.equals(credentials.path("clientSecret").asString())) {
            answer(exchange, 401, Map.of("type", "https://livedrop.io/problems/invalid-client", "status", 401));
            return;
        }
        answer(exchange, 200, Map.of("accessToken", token, "expiresIn", 900, "tokenType", "Bearer"));
    }

    private void listing(String path, HttpExchange exchange) throws IOException {
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, Map.of("type", "https://livedrop.io/problems/unauthorized", "status", 401));
            return;
        }
        if (failing.contains(path)) {
            answer(exchange, 500, Map.of("type", "about:blank", "status", 500));
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
        int from = Integer.parseInt(query.getOrDefault("cursor", "0"));
        List<Map<String, Object>> rows = listings.getOrDefault(path, List.of());
        int to = Math.min(rows.size(), from + limit);
        Map<String, Object> page = new HashMap<>();
        page.put("items", rows.subList(from, to));
        page.put("nextCursor", to < rows.size() ? String.valueOf(to) : null);
        answer(exchange, 200, page);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JsonMapper.shared().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
