package io.livedrop.creator.verification;

import java.time.Instant;
import java.util.UUID;

record VerificationRequestView(UUID id, UUID creatorId, VerificationRequest.Status status, Instant requestedAt) {

    static VerificationRequestView of(VerificationRequest request) {
        return new VerificationRequestView(request.getId(), request.creatorId(), request.status(),
                request.requestedAt());
    }
}
