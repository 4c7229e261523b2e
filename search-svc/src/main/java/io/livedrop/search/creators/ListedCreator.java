package io.livedrop.search.creators;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.search.index.IndexedDocument;

/** One page of creator-svc's internal full listing ({@code GET /internal/creators}), as a rebuild reads it. */
public record ListedCreator(UUID id, String handle, String displayName, String bio, boolean verified,
        Instant createdAt) {

    public IndexedDocument document() {
        return new IndexedDocument(id.toString(), CreatorDocument.of(id.toString(), handle, displayName, bio, verified,
                createdAt));
    }
}
