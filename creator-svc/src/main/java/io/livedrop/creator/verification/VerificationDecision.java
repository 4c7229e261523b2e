package io.livedrop.creator.verification;

/**
 * An admin's verdict on a creator's verification. A rejection must say why, because the creator
 * is told the reason; an approval may.
 */
record VerificationDecision(boolean approved, String reason) {

    static final int REASON_MAX = 500;

    VerificationDecision {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approved && reason == null) {
            throw new IllegalArgumentException("is required when rejecting");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("must be at most " + REASON_MAX + " characters long");
        }
    }
}
