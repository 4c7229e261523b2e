package io.livedrop.search.products;

import java.time.Instant;
import java.util.List;

import io.livedrop.events.Money;
import io.livedrop.search.index.SuggestInput;

/**
 * A product as indexed. Archived products stay as documents (so a late event cannot bring them back
 * after a delete's tombstone expires) but are filtered out of search and carry no suggestion.
 */
record ProductDocument(String id, String creatorId, String creatorName, String title, String description,
        Money price, String category, List<String> tags, boolean archived, Instant createdAt, Instant updatedAt,
        SuggestInput suggest) {

    static ProductDocument of(String id, String creatorId, String creatorName, String title, String description,
            Money price, String category, List<String> tags, boolean archived, Instant createdAt, Instant updatedAt) {
        return new ProductDocument(id, creatorId, creatorName, title, description, price, category,
                tags == null ? List.of() : tags, archived, createdAt, updatedAt,
                archived ? null : SuggestInput.of(1, title));
    }

    ProductDocument withPrice(Money newPrice, Instant changedAt) {
        return of(id, creatorId, creatorName, title, description, newPrice, category, tags, archived, createdAt,
                changedAt);
    }
}
