package io.livedrop.search.creators;

import java.util.UUID;

/** One creator in search results. */
record CreatorHit(UUID id, String handle, String displayName, boolean verified) {
}
