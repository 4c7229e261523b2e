package io.livedrop.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RFC 9457 problems the gateway answers with itself. They look exactly like the services'
 * (common-web is servlet-only, so its twin lives here): {@code type} is
 * {@code https://livedrop.io/problems/<slug>}, with {@code title}, {@code status}, {@code detail}
 * and the request path as {@code instance}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://livedrop.io/problems/";

    // Its own mapper: the body must not change with the application's JSON settings, and the mixin
    // writes ProblemDetail as RFC 9457 members rather than as a bean with a "properties" map.
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private Problems() {
    }

    /** Writes {@code status} as a problem whose type follows from the status, e.g. 429 → {@code rate-limited}. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, of(status, slugFor(status), detail));
    }

    /** Writes a problem; headers set on the response beforehand (Retry-After, WWW-Authenticate) are kept. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove("Content-Length");
        DataBuffer body = response.bufferFactory()
                .wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(titleFor(slug));
        return problem;
    }

    /**
     * The slug of the gateway's own answers; where clients already switch on a name (rate-limited,
     * payload-too-large, internal) it is that name, otherwise the reason phrase, as in common-web.
     */
    static String slugFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 413 -> "payload-too-large";
            case 429 -> "rate-limited";
            case 500 -> "internal";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null ? "status-" + status.value()
                        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("(^-|-$)", "");
            }
        };
    }

    /** "Rate limited" from "rate-limited": titles stay tied to their type, as in common-web. */
    static String titleFor(String slug) {
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
