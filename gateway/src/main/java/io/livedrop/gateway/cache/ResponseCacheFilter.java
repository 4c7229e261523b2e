package io.livedrop.gateway.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Serves the public GETs of {@link CacheableRequest} from Redis, and stores what the services
 * answer to them. Every cacheable answer carries an {@code ETag}; a matching {@code If-None-Match}
 * gets a 304 without a body. {@code X-Cache} says HIT or MISS. When Redis cannot be reached the
 * request simply goes to the service.
 */
@Component
class ResponseCacheFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ResponseCacheFilter.class);

    static final String X_CACHE = "X-Cache";

    private final ResponseCache cache;

    private final Freshness freshness;

    private final long maxBodyBytes;

    ResponseCacheFilter(ResponseCache cache, ResponseCacheProperties properties) {
        this.cache = cache;
        this.freshness = new Freshness(properties.defaultTtl(), properties.maxTtl());
        this.maxBodyBytes = properties.maxBodySize().toBytes();
    }

    /** Ahead of the filter that writes the upstream answer, so it writes through {@link StoringResponse}. */
    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Optional<CacheableRequest> cacheable = CacheableRequest.of(exchange.getRequest());
        if (cacheable.isEmpty()) {
            return chain.filter(exchange);
        }
        CacheableRequest request = cacheable.get();
        return cache.find(request.key())
                .onErrorResume(DataAccessException.class, ex -> {
                    log.warn("Response cache skipped, Redis unavailable: {}", ex.getMessage());
                    return Mono.empty();
                })
                .flatMap(hit -> answerFromCache(exchange, hit).thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange.mutate()
                        .response(new StoringResponse(exchange, request)).build()).thenReturn(true)))
                .then();
    }

    private static Mono<Void> answerFromCache(ServerWebExchange exchange, CachedResponse hit) {
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set(HttpHeaders.ETAG, hit.etag());
        response.getHeaders().set(X_CACHE, "HIT");
        if (matches(exchange.getRequest().getHeaders().getIfNoneMatch(), hit.etag())) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return response.setComplete();
        }
        byte[] body = hit.body().getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().set(HttpHeaders.CONTENT_TYPE, hit.contentType());
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} matches {@code "x"}. */
    private static boolean matches(List<String> ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        return ifNoneMatch.stream().map(String::trim)
                .anyMatch(tag -> tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque));
    }

    /** Strong validator of the body, for services that send none. */
    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    /** Buffers a cacheable upstream answer, stores it, then sends it (or a 304) with its ETag. */
    private final class StoringResponse extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;

        private final CacheableRequest request;

        StoringResponse(ServerWebExchange exchange, CacheableRequest request) {
            super(exchange.getResponse());
            this.exchange = exchange;
            this.request = request;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            Optional<Duration> ttl = freshness.ttl(getStatusCode(), getHeaders());
            if (ttl.isEmpty() || getHeaders().getContentLength() > maxBodyBytes) {
                return super.writeWith(body);
            }
            return DataBufferUtils.join(body).flatMap(joined -> {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                DataBufferUtils.release(joined);
                if (bytes.length > maxBodyBytes) {
                    return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
                }
                String etag = Optional.ofNullable(getHeaders().getETag()).orElseGet(() -> etagOf(bytes));
                getHeaders().set(HttpHeaders.ETAG, etag);
                getHeaders().set(X_CACHE, "MISS");
                CachedResponse entry = new CachedResponse(getHeaders().getContentType().toString(), etag,
                        new String(bytes, StandardCharsets.UTF_8));
                return cache.store(request.key(), entry, ttl.get(), request.tags().apply(bytes))
                        .onErrorResume(DataAccessException.class, ex -> {
                            log.warn("Response not cached, Redis unavailable: {}", ex.getMessage());
                            return Mono.empty();
                        })
                        .then(Mono.defer(() -> {
                            if (matches(exchange.getRequest().getHeaders().getIfNoneMatch(), etag)) {
                                setStatusCode(HttpStatus.NOT_MODIFIED);
                                getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
                                getHeaders().remove(HttpHeaders.TRANSFER_ENCODING);
                                return super.setComplete();
                            }
                            return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
                        }));
            });
        }
    }
}
