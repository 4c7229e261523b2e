package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One purchase is one trace: the client starts it with a W3C {@code traceparent}, and the gateway,
 * order-svc, the Kafka hop (through the outbox relay) and the consumers in product-svc and
 * notification-svc all report their spans into it. Read back from the local stack's Zipkin; the
 * services' JSON logs carry the same trace id and never the user's e-mail address or password. A
 * socket's handshake, which carries the access token in its query, is traced with the token redacted.
 */
class TracingE2E {

    private static final String ZIPKIN = System.getProperty("livedrop.zipkin-url", "http://127.0.0.1:9411");
    private static final Path LOGS = Path.of(System.getProperty("livedrop.logs-dir", "../.livedrop/logs"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPurchaseIsOneTraceAcrossGatewayOrderServiceKafkaAndItsConsumers() throws IOException {
        Studio studio = Studio.open("Traced Studio");
        String productId = studio.listProduct("Traced Print", 1800);
        String dropId = studio.scheduleDrop(productId, 3, 1, Duration.ofSeconds(5), Duration.ofMinutes(5));
        Fans.SignedIn fan = Fans.signUpAndLogIn("Traced Fan");

        String traceId = randomHex(16);
        String traceparent = "00-" + traceId + "-" + randomHex(8) + "-01";
        Checkout.Placed placed = new Checkout(dropId, productId)
                .awaitPurchase(fan, "traced-" + UUID.randomUUID(), Map.of("traceparent", traceparent));
        assertThat(placed.answer().status()).isEqualTo(201);

        Set<String> services = new TreeSet<>();
        Set<String> kafkaSpanKinds = new TreeSet<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            JsonNode spans = trace(traceId);
            services.clear();
            kafkaSpanKinds.clear();
            for (JsonNode span : spans) {
                services.add(span.path("localEndpoint").path("serviceName").asString(""));
                if ("kafka".equals(span.path("tags").path("messaging.system").asString(""))) {
                    kafkaSpanKinds.add(span.path("kind").asString(""));
                }
            }
            return services.containsAll(Set.of("gateway", "order-svc", "product-svc", "notification-svc"))
                    && kafkaSpanKinds.containsAll(Set.of("PRODUCER", "CONSUMER"));
        });
        assertThat(services).contains("gateway", "order-svc", "product-svc", "notification-svc");
        assertThat(kafkaSpanKinds).contains("PRODUCER", "CONSUMER");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                serviceLog("order-svc").contains("\"trace_id\":\"" + traceId + "\""));
        for (String service : List.of("gateway", "user-svc", "order-svc", "notification-svc")) {
            assertThat(serviceLog(service)).as(service + "'s log is masked").doesNotContain(fan.email(), Fans.PASSWORD);
        }
    }

    @Test
    void aSocketsHandshakeIsTracedWithoutItsAccessToken() throws InterruptedException {
        Fans.SignedIn fan = Fans.signUpAndLogIn("Traced Listener");
        // The gateway starts a trace of its own for a socket; the client's user agent, passed on, finds it.
        String userAgent = "livedrop-e2e-" + UUID.randomUUID();
        NotificationSocket.open(fan.accessToken(), Map.of("User-Agent", userAgent)).close();

        JsonNode handshake = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> spanTagged("notification-svc", "user_agent.original", userAgent), Objects::nonNull);
        assertThat(handshake.path("tags").path("url.path").asString()).isEqualTo("/ws/notifications");
        assertThat(handshake.path("tags").path("url.query").asString()).isEqualTo("access_token=REDACTED");
        assertThat(trace(handshake.path("traceId").asString()).toString()).as("the handshake's trace")
                .doesNotContain(fan.accessToken());
    }

    /** The first span of the service that carries the tag, if Zipkin holds one yet. */
    private static JsonNode spanTagged(String service, String tag, String value) throws InterruptedException {
        String query = URLEncoder.encode(tag + "=" + value, StandardCharsets.UTF_8);
        JsonNode traces = get("/api/v2/traces?serviceName=" + service + "&annotationQuery=" + query);
        for (JsonNode trace : traces) {
            for (JsonNode span : trace) {
                if (value.equals(span.path("tags").path(tag).asString(""))) {
                    return span;
                }
            }
        }
        return null;
    }

    private static String serviceLog(String service) throws IOException {
        return Files.readString(LOGS.resolve(service + ".log"));
    }

    /** The spans Zipkin holds for the trace so far; none while it cannot answer (spans arrive in batches). */
    private static JsonNode trace(String traceId) throws InterruptedException {
        return get("/api/v2/trace/" + traceId);
    }

    private static JsonNode get(String zipkinPath) throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ZIPKIN + zipkinPath))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createArrayNode();
        } catch (IOException e) {
            return JSON.createArrayNode();
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
