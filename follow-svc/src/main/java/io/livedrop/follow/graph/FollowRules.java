package io.livedrop.follow.graph;

import java.util.Optional;
import java.util.UUID;

import io.livedrop.follow.creators.Creator;
import io.livedrop.web.problem.ProblemException;

/** Who may follow which creator page. */
final class FollowRules {

    private FollowRules() {
    }

    /** 404 if follow-svc knows no such creator, 422 {@code self-follow} if it is the user's own page. */
    static void checkFollowable(UUID creatorId, Optional<Creator> creator, UUID userId) {
        Creator known = creator.orElseThrow(() -> ProblemException.notFound("There is no creator " + creatorId + "."));
        if (known.isOwnedBy(userId)) {
            throw ProblemException.unprocessable("self-follow", "You cannot follow your own creator page.");
        }
    }
}
