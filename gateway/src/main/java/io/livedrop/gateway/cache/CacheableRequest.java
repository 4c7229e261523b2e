package io.livedrop.gateway.cache;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GET whose answer may come from the cache: an anonymous read of a creator page, a product, a
 * drop or a drop list. Anonymous only: what a signed-in caller sees may depend on who they are.
 *
 * @param key the Redis key of the cached answer
 * @param tags given the answer's body, the groups the entry joins, so events can find it
 */
record CacheableRequest(String key, Function<byte[], Set<String>> tags) {

    private static final String KEY_PREFIX = "ld:gateway:cache:entry:";

    private static final PathPattern CREATOR = PathPatternParser.defaultInstance.parse("/api/v1/creators/{ref}");

    private static final PathPattern PRODUCT = PathPatternParser.defaultInstance.parse("/api/v1/products/{id}");

    private static final PathPattern DROP = PathPatternParser.defaultInstance.parse("/api/v1/drops/{id}");

    private static final String DROP_LIST = "/api/v1/drops";

    private static final Set<String> DROP_LIST_PARAMETERS = Set.of("status", "limit", "cursor");

    static Optional<CacheableRequest> of(ServerHttpRequest request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return Optional.empty();
        }
        PathContainer path = request.getPath().pathWithinApplication();
        String rawQuery = request.getURI().getRawQuery();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return entity(CREATOR, path, (ref, body) -> CacheTags.creator(idIn(body).orElse(ref)))
                    .or(() -> entity(PRODUCT, path, (id, body) -> CacheTags.product(id)))
                    .or(() -> entity(DROP, path, (id, body) -> CacheTags.drop(id)));
        }
        return DROP_LIST.equals(path.value()) ? dropList(rawQuery) : Optional.empty();
    }

    private static Optional<CacheableRequest> entity(PathPattern pattern, PathContainer path,
            BiFunction<String, byte[], String> tag) {
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
        if (match == null) {
            return Optional.empty();
        }
        String variable = match.getUriVariables().values().iterator().next();
        return Optional.of(new CacheableRequest(KEY_PREFIX + path.value(), body -> Set.of(tag.apply(variable, body))));
    }

    /**
     * {@code ?status=} lists, with the parameters in a fixed order so equal queries share an entry;
     * any other parameter is not cached, so made-up queries cannot fill Redis.
     */
    private static Optional<CacheableRequest> dropList(String rawQuery) {
        String[] parameters = rawQuery.split("&");
        boolean known = Arrays.stream(parameters).allMatch(p -> DROP_LIST_PARAMETERS.contains(nameOf(p)));
        boolean hasStatus = Arrays.stream(parameters).anyMatch(p -> "status".equals(nameOf(p)));
        if (!known || !hasStatus) {
            return Optional.empty();
        }
        String query = String.join("&", Arrays.stream(parameters).sorted().toList());
        return Optional.of(new CacheableRequest(KEY_PREFIX + DROP_LIST + "?" + query,
                body -> Set.of(CacheTags.DROP_LISTS)));
    }

    private static String nameOf(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    /** A creator page asked for by handle is invalidated by the creator's id, which its body holds. */
    private static Optional<String> idIn(byte[] body) {
        try {
            JsonNode id = JsonMapper.shared().readTree(body).path("id");
            return id.isString() ? Optional.of(id.asString()) : Optional.empty();
        }
        catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
