package io.livedrop.notification.sms;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.livedrop.notification.delivery.JsonWebhook;

/** Posts each text message as JSON to a configured URL. */
class WebhookSmsProvider implements SmsProvider {

    private final JsonWebhook webhook;

    WebhookSmsProvider(JsonWebhook webhook) {
        this.webhook = webhook;
    }

    @Override
    public void send(TextMessage message) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", message.notificationId().toString());
        body.put("userId", message.userId().toString());
        body.put("to", message.to());
        body.put("text", message.text());
        webhook.post(body);
    }
}
