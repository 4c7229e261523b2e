package io.livedrop.order.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.livedrop.events.UuidV7;
import io.livedrop.order.orders.Order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for a real payment provider: after a delay it decides, at the configured failure rate,
 * and calls back like a real one would, by POSTing a signed callback to the webhook.
 */
public class SimulatedPaymentProvider implements PaymentProvider, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentProvider.class);

    private final Duration delay;
    private final double failureRate;
    private final Supplier<URI> callbackUrl;
    private final WebhookSignature signature;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("simulated-payments").factory());

    public SimulatedPaymentProvider(Duration delay, double failureRate, Supplier<URI> callbackUrl,
                                    WebhookSignature signature, JsonMapper json) {
        this.delay = delay;
        this.failureRate = failureRate;
        this.callbackUrl = callbackUrl;
        this.signature = signature;
        this.json = json;
    }

    @Override
    public void requestPayment(Order order) {
        scheduler.schedule(() -> callBack(order), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void callBack(Order order) {
        boolean fails = ThreadLocalRandom.current().nextDouble() < failureRate;
        PaymentCallback callback = new PaymentCallback(UuidV7.next(), order.id(),
                fails ? PaymentCallback.Outcome.FAILED : PaymentCallback.Outcome.SUCCEEDED,
                fails ? "card declined (simulated)" : null);
        byte[] body = json.writeValueAsString(callback).getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(callbackUrl.get())
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .header(WebhookSignature.HEADER, signature.sign(body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                log.warn("Payment webhook answered {} for order {}", response.statusCode(), order.id());
            }
        }
        catch (Exception ex) {
            // A real provider retries; an order never called back expires and gives its units back.
            log.warn("Could not call the payment webhook for order {}: {}", order.id(), ex.toString());
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
