package io.livedrop.notification.push;

import io.livedrop.notification.NotificationProperties;
import io.livedrop.notification.delivery.JsonWebhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** Push exists only with a provider: without a webhook URL, no push deliveries are planned at all. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${livedrop.notification.push.webhook-url:}' != ''")
class PushConfiguration {

    @Bean
    PushProvider webhookPushProvider(NotificationProperties properties, JsonMapper json) {
        return new WebhookPushProvider(new JsonWebhook(properties.push().webhookUrl(), properties.push().timeout(), json),
                json);
    }

    @Bean
    PushSender pushSender(PushProvider provider) {
        return new PushSender(provider);
    }
}
