package io.livedrop.gateway;

import com.nimbusds.jose.jwk.JWKSet;
import io.livedrop.testinfra.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port with real Redis and Kafka, in front of stand-ins for the services
 * (user-svc's also serves the JWKS). order-svc is down: its URL is a closed port. Limits are set
 * low enough to reach in a test; each test gets its own client address (X-Forwarded-For, one
 * trusted proxy) and its own users, so tests never share a rate-limit bucket. All subclasses share
 * one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Its own consumer group: a gateway running beside the tests must not take the test's invalidations.
        "spring.kafka.consumer.group-id=gateway-test-${random.uuid}",
        "livedrop.gateway.rate-limit.trusted-proxies=1",
        "livedrop.gateway.rate-limit.per-user.capacity=60",
        "livedrop.gateway.rate-limit.per-user.refill-per-second=0.5",
        "livedrop.gateway.rate-limit.per-ip.capacity=60",
        "livedrop.gateway.rate-limit.per-ip.refill-per-second=0.5",
        "livedrop.gateway.rate-limit.auth-per-ip.capacity=45",
        "livedrop.gateway.rate-limit.auth-per-ip.refill-per-second=0.1",
        "livedrop.gateway.request.max-body-size=16KB",
        "livedrop.gateway.cache.max-ttl=60s",
        "livedrop.gateway.cors.allowed-origins=https://app.livedrop.test",
        "spring.cloud.gateway.server.webflux.httpclient.connect-timeout=500",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1m" })
@AutoConfigureWebTestClient
abstract class GatewayIntegrationTest {

    static final TestTokens.SigningKey TOKENS = TestTokens.newKey("key-1");

    static final String DOWN_SERVICE = "order-svc";

    private static final String CLOSED_PORT_URL = "http://127.0.0.1:" + closedPort();

    private static final Map<String, Upstream> SERVICES = Stream.of("user-svc", "creator-svc", "follow-svc",
                    "product-svc", "drop-svc", "search-svc", "notification-svc")
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Upstream::start));

    static {
        service("user-svc").stub("/.well-known/jwks.json", Upstream.Reply.json(200,
                new JWKSet(TOKENS.publicJwk()).toString()));
    }

    @Autowired
    private WebTestClient server;

    /** Sends every request from this test's own client address. */
    WebTestClient client;

    String clientAddress;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, upstream) -> registry.add("livedrop.gateway.services." + name, upstream::url));
        registry.add("livedrop.gateway.services." + DOWN_SERVICE, () -> CLOSED_PORT_URL);
    }

    @BeforeEach
    void ownClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        clientAddress = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        client = server.mutate()
                .defaultHeader("X-Forwarded-For", clientAddress)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    static Upstream service(String name) {
        return SERVICES.get(name);
    }

    static String token() {
        return TOKENS.token().sign();
    }

    static void expectProblem(WebTestClient.ResponseSpec response, int status, String slug) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://livedrop.io/problems/" + slug)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
