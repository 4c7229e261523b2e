package io.livedrop.search.creators;

import java.time.Instant;

import io.livedrop.search.index.SuggestInput;

/** A creator as indexed: searchable by handle, name and bio; verified creators rank first. */
record CreatorDocument(String id, String handle, String displayName, String bio, boolean verified,
        Instant createdAt, SuggestInput suggest) {

    static CreatorDocument of(String id, String handle, String displayName, String bio, boolean verified,
            Instant createdAt) {
        // Verified creators complete before unverified ones with the same prefix.
        return new CreatorDocument(id, handle, displayName, bio, verified, createdAt,
                SuggestInput.of(verified ? 20 : 10, handle, displayName));
    }

    CreatorDocument verified(boolean value) {
        return of(id, handle, displayName, bio, value, createdAt);
    }
}
