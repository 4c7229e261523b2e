package io.livedrop.testinfra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls one service instance over real HTTP with JSON, as the gateway would. */
public final class ServiceClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String base;

    public ServiceClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response post(String path, String token, Map<String, ?> body) {
        return send(request(path, token).POST(json(body)));
    }

    public Response put(String path, String token, Map<String, ?> body) {
        return send(request(path, token).PUT(json(body)));
    }

    public Response patch(String path, String token, Map<String, ?> body) {
        return send(request(path, token).method("PATCH", json(body)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** A request to any URL, such as a presigned one of the object store. */
    public static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher json(Map<String, ?> body) {
        return HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body));
    }

    private static Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    /** One answer, with the parts tests look at. */
    public record Response(int status, String contentType, String location, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        /** The slug of a problem's type, e.g. {@code handle-taken}. */
        public String problemType() {
            return json().path("type").asString().replace("https://livedrop.io/problems/", "");
        }

        /** The field a 400 validation problem names first. */
        public String invalidField() {
            return json().path("errors").path(0).path("field").asString();
        }
    }
}
