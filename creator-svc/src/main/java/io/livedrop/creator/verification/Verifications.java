package io.livedrop.creator.verification;

import io.livedrop.creator.page.CreatorPage;
import io.livedrop.creator.page.CreatorPages;
import io.livedrop.creator.page.CreatorView;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorVerified;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.web.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The verification workflow: a creator asks, an admin decides, the page's verified flag follows. */
@Service
class Verifications {

    private final CreatorPages pages;
    private final VerificationRequestRepository requests;
    private final Outbox outbox;
    private final Clock clock;

    Verifications(CreatorPages pages, VerificationRequestRepository requests, Outbox outbox, Clock clock) {
        this.pages = pages;
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens a request, or returns the one already pending; the page lock serializes concurrent asks. */
    @Transactional
    VerificationRequestView request(UUID creatorId, UUID callerId) {
        CreatorPage page = pages.lockOwned(creatorId, callerId);
        if (page.verified()) {
            throw ProblemException.conflict("already-verified", "This creator is already verified.");
        }
        VerificationRequest request = requests.findByCreatorIdAndStatus(creatorId, VerificationRequest.Status.PENDING)
                .orElseGet(() -> requests.save(new VerificationRequest(UuidV7.next(), creatorId, now())));
        return VerificationRequestView.of(request);
    }

    /**
     * Decides the pending request; an admin may also decide unasked. The page ends up verified
     * exactly when approved, so a rejection of a verified creator revokes the badge.
     */
    @Transactional
    CreatorView decide(UUID creatorId, UUID adminId, VerificationDecision decision) {
        CreatorPage page = pages.lock(creatorId);
        Instant now = now();
        VerificationRequest request = requests.findByCreatorIdAndStatus(creatorId, VerificationRequest.Status.PENDING)
                .orElseGet(() -> requests.save(new VerificationRequest(UuidV7.next(), creatorId, now)));
        request.decide(decision, adminId, now);
        outbox.publish(new CreatorVerified(creatorId, page.userId(), decision.approved(), decision.reason(), now));
        pages.setVerified(page, decision.approved());
        return pages.view(page);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
