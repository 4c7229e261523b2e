package io.livedrop.search.drops;

import java.time.Instant;
import java.util.UUID;

/** One drop in search results. */
record DropHit(UUID id, UUID creatorId, String title, String status, Instant startsAt, Instant endsAt) {
}
