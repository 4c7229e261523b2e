package io.livedrop.search.drops;

import java.time.Instant;

import io.livedrop.search.index.SuggestInput;

/** A drop as indexed. {@code title} may be null when the first event seen carried none. */
record DropDocument(String id, String creatorId, String title, String status, Instant startsAt, Instant endsAt,
        SuggestInput suggest) {

    static DropDocument of(String id, String creatorId, String title, DropStatus status, Instant startsAt,
            Instant endsAt) {
        return new DropDocument(id, creatorId, title, status.value(), startsAt, endsAt,
                status.upcomingOrLive() ? SuggestInput.of(status == DropStatus.LIVE ? 20 : 10, title) : null);
    }

    DropStatus dropStatus() {
        return DropStatus.fromParam(status);
    }
}
