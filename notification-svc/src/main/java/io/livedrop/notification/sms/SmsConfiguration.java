package io.livedrop.notification.sms;

import io.livedrop.notification.NotificationProperties;
import io.livedrop.notification.delivery.JsonWebhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** SMS exists only with a provider: without a webhook URL, no SMS deliveries are planned at all. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${livedrop.notification.sms.webhook-url:}' != ''")
class SmsConfiguration {

    @Bean
    SmsProvider webhookSmsProvider(NotificationProperties properties, JsonMapper json) {
        return new WebhookSmsProvider(new JsonWebhook(properties.sms().webhookUrl(), properties.sms().timeout(), json));
    }

    @Bean
    SmsSender smsSender(SmsProvider provider) {
        return new SmsSender(provider);
    }
}
