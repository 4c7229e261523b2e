package io.livedrop.creator.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationDecisionTest {

    @Test
    void approvalNeedsNoReason() {
        assertThat(new VerificationDecision(true, null).reason()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejectionWithoutAReasonIsRefused(String reason) {
        assertThatThrownBy(() -> new VerificationDecision(false, reason))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is required when rejecting");
    }

    @Test
    void rejectionKeepsItsReasonWithoutSurroundingSpace() {
        assertThat(new VerificationDecision(false, "  Not enough public work yet. ").reason())
                .isEqualTo("Not enough public work yet.");
    }

    @Test
    void overlongReasonIsRefused() {
        assertThatThrownBy(() -> new VerificationDecision(false, "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be at most 500 characters long");
    }
}
