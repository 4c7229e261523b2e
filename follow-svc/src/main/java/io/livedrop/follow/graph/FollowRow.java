package io.livedrop.follow.graph;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.web.pagination.Cursor;

/**
 * One follow as a list row: the other side of the follow (the follower in a creator's list, the
 * creator in a user's list) and the keyset position {@code (followedAt, id)}.
 */
record FollowRow(UUID id, UUID otherId, Instant followedAt) {

    Cursor cursor() {
        return Cursor.of(followedAt, id);
    }

    /** The keyset position a cursor handed out by {@link #cursor()} names; 400 for anything else. */
    record Position(Instant followedAt, UUID id) {

        static Position of(Cursor cursor) {
            return new Position(cursor.instant(0), cursor.uuid(1));
        }
    }
}
