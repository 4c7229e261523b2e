package io.livedrop.search.drops;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.search.index.IndexedDocument;

/**
 * One drop of drop-svc's internal full listing ({@code GET /internal/drops}), as a rebuild reads it;
 * the listing's items and limits are not searchable, so they are not read.
 */
public record ListedDrop(UUID id, UUID creatorId, String title, String status, Instant startsAt, Instant endsAt) {

    public IndexedDocument document() {
        return new IndexedDocument(id.toString(), DropDocument.of(id.toString(), creatorId.toString(), title,
                DropStatus.fromParam(status), startsAt, endsAt));
    }
}
