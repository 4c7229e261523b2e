package io.livedrop.notification.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Posts each push as JSON to a configured URL; any answer but 2xx is a failure to retry. */
class WebhookPushProvider implements PushProvider {

    private final URI url;
    private final Duration timeout;
    private final JsonMapper json;
    private final HttpClient http;

    WebhookPushProvider(URI url, Duration timeout, JsonMapper json) {
        this.url = url;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void push(PushMessage message) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", message.notificationId().toString());
        body.put("userId", message.userId().toString());
        body.put("type", message.type());
        body.put("title", message.title());
        body.put("body", message.body());
        body.put("data", json.readTree(message.dataJson()));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 != 2) {
            throw new IOException("push webhook answered " + status);
        }
    }
}
