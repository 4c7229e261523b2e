package io.livedrop.web.testapp;

import io.livedrop.testinfra.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real server on a random port with common-web's auto-configuration, validating tokens against a
 * JWKS served over HTTP. Subclasses share one application context.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebIntegrationTest {

    static final TestTokens.SigningKey TOKENS = TestTokens.newKey("test-key");

    /** Lives as long as the test JVM, like the context cached for these tests. */
    private static final JwksServer JWKS = JwksServer.serving(TOKENS.jwksJson());

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", JWKS::uri);
    }

    Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    Response get(String path) {
        return get(path, null);
    }

    Response post(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("Cache-Control").orElse(null), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    record Response(int status, String contentType, String wwwAuthenticate, String cacheControl, String body) {

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
