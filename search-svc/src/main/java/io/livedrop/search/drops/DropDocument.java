package io.livedrop.search.drops;

import java.time.Instant;
import java.util.List;

import io.livedrop.events.drop.DropItem;
import io.livedrop.search.index.SuggestInput;

/**
 * A drop as indexed. {@code title} may be null when the first event seen carried none;
 * {@code productIds} are the products the drop offers, empty until an event or the listing names them.
 */
record DropDocument(String id, String creatorId, String title, String status, Instant startsAt, Instant endsAt,
        List<String> productIds, SuggestInput suggest) {

    static DropDocument of(String id, String creatorId, String title, DropStatus status, Instant startsAt,
            Instant endsAt, List<String> productIds) {
        return new DropDocument(id, creatorId, title, status.value(), startsAt, endsAt,
                productIds == null ? List.of() : productIds,
                status.upcomingOrLive() ? SuggestInput.of(status == DropStatus.LIVE ? 20 : 10, title) : null);
    }

    static List<String> productIds(List<DropItem> items) {
        return items == null ? List.of() : items.stream().map(item -> item.productId().toString()).distinct().toList();
    }

    DropStatus dropStatus() {
        return DropStatus.fromParam(status);
    }
}
