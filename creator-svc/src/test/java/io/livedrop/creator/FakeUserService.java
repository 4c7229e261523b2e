package io.livedrop.creator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for user-svc's internal API: issues service tokens to creator-svc's client
 * credentials only, and records role grants made with a token it issued.
 */
public final class FakeUserService {

    static final String CLIENT_SECRET = "test-creator-svc-secret";

    private static final Pattern ROLES_PATH = Pattern.compile("/internal/users/([0-9a-f-]{36})/roles");

    private final HttpServer server;
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Set<String>> roles = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile boolean down;

    private FakeUserService(HttpServer server) {
        this.server = server;
    }

    static FakeUserService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeUserService fake = new FakeUserService(server);
            server.createContext("/internal/", fake::handle);
            server.start();
            return fake;
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot start the fake user-svc", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request is answered 503 until {@link #recover()}. */
    public void goDown() {
        down = true;
    }

    public void recover() {
        down = false;
    }

    public Set<String> rolesOf(UUID userId) {
        return roles.getOrDefault(userId, Set.of());
    }

    public int tokensIssued() {
        return tokenRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                respond(exchange, 503, "{\"title\":\"Service unavailable\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            JsonNode body = JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes());
            Matcher grant = ROLES_PATH.matcher(path);
            if ("POST".equals(exchange.getRequestMethod()) && "/internal/service-tokens".equals(path)) {
                issueToken(exchange, body);
            }
            else if ("POST".equals(exchange.getRequestMethod()) && grant.matches()) {
                grantRole(exchange, UUID.fromString(grant.group(1)), body);
            }
            else {
                respond(exchange, 404, "{}");
            }
        }
    }

    private void issueToken(HttpExchange exchange, JsonNode body) throws IOException {
        if (!"creator-svc".equals(body.path("clientId").asString())
                || !CLIENT_SECRET.equals(body.path("clientSecret").asString())) {
            respond(exchange, 401, "{}");
            return;
        }
        tokenRequests.incrementAndGet();
        String token = "service-token-" + UUID.randomUUID();
        issuedTokens.add(token);
        respond(exchange, 200, """
                {"accessToken":"%s","tokenType":"Bearer","expiresIn":900}""".formatted(token));
    }

    private void grantRole(HttpExchange exchange, UUID userId, JsonNode body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !issuedTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            respond(exchange, 401, "{}");
            return;
        }
        roles.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(body.path("role").asString());
        exchange.sendResponseHeaders(204, -1);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
