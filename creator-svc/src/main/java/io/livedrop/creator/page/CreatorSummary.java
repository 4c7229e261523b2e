package io.livedrop.creator.page;

import java.time.Instant;
import java.util.UUID;

/** A creator page in the internal full listing: what search indexes about it. */
record CreatorSummary(UUID id, String handle, String displayName, String bio, boolean verified, Instant createdAt) {
}
