package io.livedrop.order.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import io.livedrop.order.idempotency.IdempotencyKeys;
import io.livedrop.web.problem.ProblemException;

import org.junit.jupiter.api.Test;

class PlaceOrderRequestTest {

    private static final UUID DROP = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();

    @Test
    void aPositiveQuantityOfAProductOfADropIsValid() {
        assertThatCode(() -> new PlaceOrderRequest(DROP, PRODUCT, 1).validate()).doesNotThrowAnyException();
    }

    @Test
    void zeroNegativeOrMissingQuantitiesAreRejected() {
        assertThatThrownBy(() -> new PlaceOrderRequest(DROP, PRODUCT, 0).validate()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new PlaceOrderRequest(DROP, PRODUCT, -3).validate()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new PlaceOrderRequest(DROP, PRODUCT, null).validate()).isInstanceOf(ProblemException.class);
    }

    @Test
    void aMissingDropOrProductIsRejected() {
        assertThatThrownBy(() -> new PlaceOrderRequest(null, PRODUCT, 1).validate()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new PlaceOrderRequest(DROP, null, 1).validate()).isInstanceOf(ProblemException.class);
    }

    @Test
    void anIdempotencyKeyMustBePresentAndShort() {
        assertThatThrownBy(() -> IdempotencyKeys.require(null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> IdempotencyKeys.require(" ")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> IdempotencyKeys.require("k".repeat(201))).isInstanceOf(ProblemException.class);
        assertThatCode(() -> IdempotencyKeys.require(UUID.randomUUID().toString())).doesNotThrowAnyException();
    }
}
