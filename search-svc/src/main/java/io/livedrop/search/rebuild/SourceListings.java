package io.livedrop.search.rebuild;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.livedrop.web.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the source services' internal full listings, page by page ({@code {"items": [...],
 * "nextCursor": ...}}), with a service token from user-svc. A source that cannot be read fails the
 * rebuild with a 502 problem before any alias moves.
 */
@Component
class SourceListings {

    static final String SOURCE_UNAVAILABLE = "rebuild-source-unavailable";

    private final RebuildProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    SourceListings(RebuildProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout()).build();
    }

    /** Signs in once per rebuild: a token lives far longer than a rebuild of any catalogue this serves. */
    Session open() {
        String body = json.writeValueAsString(Map.of("clientId", properties.clientId(),
                "clientSecret", properties.clientSecret()));
        HttpRequest request = HttpRequest.newBuilder(properties.userSvcUrl().resolve("/internal/service-tokens"))
                .timeout(properties.timeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        TokenAnswer answer = json.readValue(call(request, "user-svc"), TokenAnswer.class);
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw unavailable("user-svc answered the token request without a token");
        }
        return new Session(answer.accessToken());
    }

    /** What one rebuild reads with one token. */
    final class Session {

        private final String token;

        private Session(String token) {
            this.token = token;
        }

        /** Hands every page of {@code base + path} to {@code batch}, in the source's order; returns the row count. */
        <T> long forEach(URI base, String path, Class<T> type, Consumer<List<T>> batch) {
            JavaType pageType = json.getTypeFactory().constructParametricType(Page.class, type);
            long rows = 0;
            String cursor = null;
            do {
                String query = "?limit=" + properties.pageSize()
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                HttpRequest request = HttpRequest.newBuilder(base.resolve(path + query)).timeout(properties.timeout())
                        .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build();
                Page<T> page;
                try {
                    page = json.readValue(call(request, base.toString()), pageType);
                }
                catch (JacksonException ex) {
                    throw unavailable(base + path + " answered a page this rebuild cannot read: " + ex.getOriginalMessage());
                }
                batch.accept(page.items());
                rows += page.items().size();
                cursor = page.nextCursor();
            } while (cursor != null);
            return rows;
        }
    }

    private String call(HttpRequest request, String source) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable(source + " answered " + response.statusCode() + " to " + request.method() + " "
                        + request.uri().getPath());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw unavailable(source + " is unreachable: " + ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while reading " + source);
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(HttpStatus.BAD_GATEWAY, SOURCE_UNAVAILABLE,
                "The rebuild could not read its sources; the indices were left as they were. " + detail);
    }

    record Page<T>(List<T> items, String nextCursor) {
    }

    record TokenAnswer(String accessToken, long expiresIn) {

        @Override
        public String toString() {
            // Tokens must never reach a log.
            return "TokenAnswer[expiresIn=" + expiresIn + "]";
        }
    }
}
