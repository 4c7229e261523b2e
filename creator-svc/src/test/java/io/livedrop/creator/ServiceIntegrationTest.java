package io.livedrop.creator;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.events.UuidV7;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port against the real PostgreSQL and Kafka, with user-svc's
 * token keys and internal API stood in locally. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A fresh group each run: the test consumes what it produces, from the start of the topic.
        "spring.kafka.consumer.group-id=creator-svc-it-${random.uuid}",
        "livedrop.user-svc.client-secret=" + FakeUserService.CLIENT_SECRET,
        "livedrop.user-svc.grant-retry.initial-backoff=100ms",
        "livedrop.user-svc.grant-retry.max-backoff=500ms",
        "livedrop.user-svc.grant-retry.poll-interval=200ms",
        "livedrop.events.inbox.initial-backoff=50ms",
        "livedrop.events.inbox.max-backoff=200ms" })
public abstract class ServiceIntegrationTest {

    /** Lives as long as the test JVM, like the cached context that points at it. */
    protected static final FakeUserService USER_SVC = FakeUserService.start();

    /** An id no creator has. */
    protected static final String UNKNOWN_ID = "00000000-0000-7000-8000-000000000000";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void outsideServices(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
        registry.add("livedrop.user-svc.url", USER_SVC::url);
    }

    protected ServiceClient api() {
        return new ServiceClient(port);
    }

    protected static UUID aUser() {
        return UuidV7.next();
    }

    protected static String tokenOf(UUID user) {
        return TestTokens.accessToken(user, "FAN");
    }

    protected static String adminToken() {
        return TestTokens.accessToken(aUser(), "FAN", "ADMIN");
    }

    /** A handle no other test run has used. */
    protected static String aHandle() {
        return "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }

    protected static PageBuilder aPage() {
        return new PageBuilder();
    }

    /** Creates a page owned by {@code owner} and returns its id. */
    protected UUID pageOf(UUID owner) {
        ServiceClient.Response created = api().post("/api/v1/creators", tokenOf(owner), aPage().body());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    /** The body of a page creation, valid unless told otherwise. */
    protected static final class PageBuilder {

        private final Map<String, Object> body = new HashMap<>(Map.of(
                "handle", aHandle(), "displayName", "Jane Maker", "bio", "Ceramics, small batches."));

        public PageBuilder handle(String handle) {
            body.put("handle", handle);
            return this;
        }

        public PageBuilder displayName(String displayName) {
            body.put("displayName", displayName);
            return this;
        }

        public PageBuilder withoutDisplayName() {
            body.remove("displayName");
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }
    }
}
