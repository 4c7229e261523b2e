package io.livedrop.user;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client sees it: JSON in, status, headers and JSON out. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, String accessToken) {
        return send("GET", path, null, accessToken);
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response post(String path, Object body, String accessToken) {
        return send("POST", path, body, accessToken);
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    /**
     * @param body serialised as JSON, except a {@link String}, which is sent as it is (for malformed JSON)
     * @param accessToken sent as a bearer token when not null
     */
    public Response send(String method, String path, Object body, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Type"), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(method + " " + path + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

    public record Response(int status, Optional<String> location, Optional<String> contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The fields a validation problem names. */
        public List<String> invalidFields() {
            return json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
        }

        public String problemType() {
            return json().path("type").asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
