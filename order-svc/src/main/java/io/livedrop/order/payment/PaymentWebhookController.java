package io.livedrop.order.payment;

import io.livedrop.order.orders.OrderLifecycle;
import io.livedrop.web.problem.ProblemException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider's callback. Public (the provider has no user token): the HMAC over the raw
 * body is the authentication. A replayed or late callback finds the order no longer pending and
 * changes nothing.
 */
@RestController
class PaymentWebhookController {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhookController.class);

    private final WebhookSignature signature;
    private final OrderLifecycle lifecycle;
    private final JsonMapper json;

    PaymentWebhookController(WebhookSignature signature, OrderLifecycle lifecycle, JsonMapper json) {
        this.signature = signature;
        this.lifecycle = lifecycle;
        this.json = json;
    }

    @PostMapping("/api/v1/payments/webhook")
    ResponseEntity<Void> callback(@RequestHeader(value = WebhookSignature.HEADER, required = false) String signed,
                                  @RequestBody byte[] body) {
        if (!signature.verifies(body, signed)) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-signature",
                    "The " + WebhookSignature.HEADER + " header does not sign this body.");
        }
        PaymentCallback callback;
        try {
            callback = json.readValue(body, PaymentCallback.class);
        }
        catch (JacksonException ex) {
            throw ProblemException.badRequest("malformed-request", "The callback is not a payment callback.");
        }
        if (callback.orderId() == null || callback.outcome() == null) {
            throw ProblemException.badRequest("malformed-request", "A callback names an order and an outcome.");
        }
        boolean applied = switch (callback.outcome()) {
            case SUCCEEDED -> lifecycle.confirm(callback.orderId()).isPresent();
            case FAILED -> lifecycle.failPayment(callback.orderId(), callback.reason()).isPresent();
        };
        if (applied) {
            log.info("Order {} {}: payment callback {}", callback.orderId(),
                    callback.outcome() == PaymentCallback.Outcome.SUCCEEDED ? "confirmed" : "payment failed",
                    callback.paymentId());
        }
        else {
            // Replays land here, and so would a payment for an order that expired meanwhile (a refund case).
            log.info("Payment callback {} for order {} changed nothing", callback.paymentId(), callback.orderId());
        }
        return ResponseEntity.noContent().build();
    }
}
