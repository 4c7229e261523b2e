package io.livedrop.search.drops;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.search.index.IndexedDocument;

/**
 * One drop of drop-svc's internal full listing ({@code GET /internal/drops}), as a rebuild reads it;
 * of its items only the products are searchable (for the in-drop filter), its limits not at all.
 */
public record ListedDrop(UUID id, UUID creatorId, String title, String status, Instant startsAt, Instant endsAt,
        List<Item> items) {

    public record Item(UUID productId) {
    }

    public IndexedDocument document() {
        List<String> productIds = items == null ? List.of()
                : items.stream().map(item -> item.productId().toString()).distinct().toList();
        return new IndexedDocument(id.toString(), DropDocument.of(id.toString(), creatorId.toString(), title,
                DropStatus.fromParam(status), startsAt, endsAt, productIds));
    }
}
