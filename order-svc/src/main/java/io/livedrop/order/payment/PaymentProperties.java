package io.livedrop.order.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.payments.*}.
 *
 * @param webhookSecret the HMAC secret shared with the provider
 * @param simulated the built-in provider: answers after {@code delay}, failing {@code failureRate} of payments
 */
@ConfigurationProperties("livedrop.payments")
public record PaymentProperties(String webhookSecret, @DefaultValue Simulated simulated) {

    /** @param callbackUrl where it calls back; empty for this instance's own webhook */
    public record Simulated(@DefaultValue("3s") Duration delay, @DefaultValue("0.1") double failureRate,
                            @DefaultValue("") String callbackUrl) {

        public Simulated {
            if (failureRate < 0 || failureRate > 1) {
                throw new IllegalArgumentException("failure-rate must be between 0 and 1");
            }
        }
    }
}
