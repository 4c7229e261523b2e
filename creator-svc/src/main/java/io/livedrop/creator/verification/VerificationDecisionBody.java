package io.livedrop.creator.verification;

import jakarta.validation.constraints.NotNull;

/** Body of an admin's decision; the reason's rules live in {@link VerificationDecision}. */
record VerificationDecisionBody(@NotNull Boolean approved, String reason) {
}
