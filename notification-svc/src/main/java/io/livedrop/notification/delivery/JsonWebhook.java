package io.livedrop.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A provider reached by posting JSON to a configured URL, for local use and tests (real providers plug in
 * by configuration). Any answer but 2xx is a failure, which the channel's worker retries with backoff.
 */
public final class JsonWebhook {

    private final URI url;
    private final Duration timeout;
    private final JsonMapper json;
    private final HttpClient http;

    public JsonWebhook(URI url, Duration timeout, JsonMapper json) {
        this.url = url;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public void post(Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 != 2) {
            // Not the URL: a provider's may carry a token, and the error is kept with the delivery.
            throw new IOException("webhook answered " + status);
        }
    }
}
