package io.livedrop.creator.page;

import java.util.UUID;

/** A creator page as clients see it. */
public record CreatorView(UUID id, UUID userId, String handle, String displayName, String bio, boolean verified,
        long followerCount) {

    static CreatorView of(CreatorPage page, long followerCount) {
        return new CreatorView(page.getId(), page.userId(), page.handle(), page.displayName(), page.bio(),
                page.verified(), followerCount);
    }
}
