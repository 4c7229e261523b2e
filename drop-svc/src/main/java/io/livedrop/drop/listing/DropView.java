package io.livedrop.drop.listing;

import io.livedrop.drop.lifecycle.DropStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A drop as clients see it. */
public record DropView(UUID id, UUID creatorId, String title, Instant startsAt, Instant endsAt, int perUserLimit,
        DropStatus status, List<ItemView> items) {

    public DropView {
        items = List.copyOf(items);
    }
}
