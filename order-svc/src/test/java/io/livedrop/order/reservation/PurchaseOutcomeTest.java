package io.livedrop.order.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurchaseOutcomeTest {

    @Test
    void eachRefusalOfThePurchasePathHasItsOwnOutcome() {
        assertThat(PurchaseOutcome.ofProblem("sold-out").tag()).isEqualTo("sold_out");
        assertThat(PurchaseOutcome.ofProblem("limit-exceeded").tag()).isEqualTo("over_limit");
        assertThat(PurchaseOutcome.ofProblem("drop-not-live").tag()).isEqualTo("not_live");
        assertThat(PurchaseOutcome.ofProblem("product-not-in-drop").tag()).isEqualTo("not_in_drop");
        assertThat(PurchaseOutcome.ofProblem("not-found").tag()).isEqualTo("not_found");
        assertThat(PurchaseOutcome.ofProblem("stock-unavailable").tag()).isEqualTo("unavailable");
    }

    @Test
    void anyOtherProblemIsOneBoundedOutcome() {
        assertThat(PurchaseOutcome.ofProblem("idempotency-key-reused")).isEqualTo(PurchaseOutcome.REJECTED);
        assertThat(PurchaseOutcome.ofProblem("anything-new")).isEqualTo(PurchaseOutcome.REJECTED);
    }
}
