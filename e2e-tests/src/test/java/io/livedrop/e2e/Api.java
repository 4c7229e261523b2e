package io.livedrop.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the public API through the gateway, as a mobile or web app would call it. */
final class Api {

    static final String GATEWAY = System.getProperty("livedrop.gateway-url", "http://127.0.0.1:8080");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Api() {
    }

    /** One answer: status, headers and the JSON body (null when empty). */
    record Answer(int status, HttpResponse<String> raw, JsonNode body) {

        String text(String field) {
            return body.get(field).asString();
        }
    }

    static Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    static Answer post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    static Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    static Answer patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    static Answer delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    static Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
