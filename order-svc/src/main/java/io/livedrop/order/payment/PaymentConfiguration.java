package io.livedrop.order.payment;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    WebhookSignature webhookSignature(PaymentProperties properties) {
        return new WebhookSignature(properties.webhookSecret());
    }

    @Bean
    SimulatedPaymentProvider simulatedPaymentProvider(PaymentProperties properties, WebhookSignature signature,
                                                      JsonMapper json, Environment environment) {
        PaymentProperties.Simulated simulated = properties.simulated();
        return new SimulatedPaymentProvider(simulated.delay(), simulated.failureRate(), () -> {
            if (!simulated.callbackUrl().isBlank()) {
                return URI.create(simulated.callbackUrl());
            }
            // The port is known only once the server runs (a random one in tests).
            return URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                    + "/api/v1/payments/webhook");
        }, signature, json);
    }
}
