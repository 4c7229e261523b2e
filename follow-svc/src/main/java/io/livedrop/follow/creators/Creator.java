package io.livedrop.follow.creators;

import java.util.UUID;

/**
 * A creator page as follow-svc knows it from creator-svc's events.
 *
 * @param id the creator id
 * @param userId the user who owns the page
 */
public record Creator(UUID id, UUID userId) {

    public boolean isOwnedBy(UUID user) {
        return userId.equals(user);
    }
}
