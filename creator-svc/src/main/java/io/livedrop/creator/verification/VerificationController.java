package io.livedrop.creator.verification;

import io.livedrop.creator.page.CreatorView;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VerificationController {

    private final Verifications verifications;

    VerificationController(Verifications verifications) {
        this.verifications = verifications;
    }

    /** 202: the request waits for an admin. Asking again while it waits answers the same request. */
    @PostMapping("/api/v1/creators/{creatorId}/verification-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    VerificationRequestView request(CurrentUser caller, @PathVariable UUID creatorId) {
        return verifications.request(creatorId, caller.id());
    }

    @PostMapping("/api/v1/admin/creators/{creatorId}/verification")
    @PreAuthorize("hasRole('ADMIN')")
    CreatorView decide(CurrentUser caller, @PathVariable UUID creatorId,
            @Valid @RequestBody VerificationDecisionBody body) {
        return verifications.decide(creatorId, caller.id(), decision(body));
    }

    private static VerificationDecision decision(VerificationDecisionBody body) {
        try {
            return new VerificationDecision(body.approved(), body.reason());
        }
        catch (IllegalArgumentException e) {
            throw ProblemException.invalid("reason", e.getMessage());
        }
    }
}
