package io.livedrop.gateway.cache;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CacheableRequestTest {

    @Test
    void anonymousGetsOfOneCreatorProductOrDropAreCacheable() {
        assertThat(key(MockServerHttpRequest.get("/api/v1/products/p1"))).contains("ld:gateway:cache:entry:/api/v1/products/p1");
        assertThat(key(MockServerHttpRequest.get("/api/v1/drops/d1"))).contains("ld:gateway:cache:entry:/api/v1/drops/d1");
        assertThat(key(MockServerHttpRequest.get("/api/v1/creators/alice"))).contains("ld:gateway:cache:entry:/api/v1/creators/alice");
    }

    @Test
    void dropListQueriesShareAnEntryWhateverTheirParameterOrder() {
        assertThat(key(MockServerHttpRequest.get("/api/v1/drops?status=LIVE&limit=20")))
                .isEqualTo(key(MockServerHttpRequest.get("/api/v1/drops?limit=20&status=LIVE")))
                .contains("ld:gateway:cache:entry:/api/v1/drops?limit=20&status=LIVE");
    }

    @Test
    void otherRequestsAreNotCacheable() {
        assertThat(key(MockServerHttpRequest.get("/api/v1/products/p1").header("Authorization", "Bearer t"))).isEmpty();
        assertThat(key(MockServerHttpRequest.post("/api/v1/products"))).isEmpty();
        assertThat(key(MockServerHttpRequest.get("/api/v1/products/p1?x=1"))).isEmpty();
        assertThat(key(MockServerHttpRequest.get("/api/v1/creators/c1/products"))).isEmpty();
        assertThat(key(MockServerHttpRequest.get("/api/v1/drops"))).isEmpty();
        assertThat(key(MockServerHttpRequest.get("/api/v1/drops?status=LIVE&utm=x"))).isEmpty();
        assertThat(key(MockServerHttpRequest.get("/api/v1/orders/o1"))).isEmpty();
    }

    @Test
    void creatorPageIsTaggedWithTheIdInItsBodyEvenWhenAskedForByHandle() {
        CacheableRequest request = CacheableRequest.of(MockServerHttpRequest.get("/api/v1/creators/alice").build()).orElseThrow();

        assertThat(request.tags().apply("{\"id\":\"c-42\",\"handle\":\"alice\"}".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("creator:c-42");
    }

    @Test
    void productDropAndDropListTags() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(CacheableRequest.of(MockServerHttpRequest.get("/api/v1/products/p1").build()).orElseThrow()
                .tags().apply(body)).containsExactly("product:p1");
        assertThat(CacheableRequest.of(MockServerHttpRequest.get("/api/v1/drops/d1").build()).orElseThrow()
                .tags().apply(body)).containsExactly("drop:d1");
        assertThat(CacheableRequest.of(MockServerHttpRequest.get("/api/v1/drops?status=ENDED").build()).orElseThrow()
                .tags().apply(body)).containsExactly("drops");
    }

    private static Optional<String> key(MockServerHttpRequest.BaseBuilder<?> request) {
        return CacheableRequest.of(request.build()).map(CacheableRequest::key);
    }
}
