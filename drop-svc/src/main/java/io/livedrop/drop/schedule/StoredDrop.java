package io.livedrop.drop.schedule;

import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.events.drop.DropItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A drop as stored, locked for a change. */
record StoredDrop(UUID id, UUID creatorId, String title, Instant startsAt, Instant endsAt, int perUserLimit,
        DropStatus status, List<DropItem> items) {

    DropDraft draft() {
        return new DropDraft(title, startsAt, endsAt, perUserLimit,
                items.stream().map(item -> new ItemRequest(item.productId(), item.quantity())).toList());
    }
}
