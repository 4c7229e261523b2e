package io.livedrop.notification.push;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.livedrop.notification.delivery.JsonWebhook;

import tools.jackson.databind.json.JsonMapper;

/** Posts each push as JSON to a configured URL. */
class WebhookPushProvider implements PushProvider {

    private final JsonWebhook webhook;
    private final JsonMapper json;

    WebhookPushProvider(JsonWebhook webhook, JsonMapper json) {
        this.webhook = webhook;
        this.json = json;
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
        webhook.post(body);
    }
}
