package io.livedrop.follow.internal;

import java.util.List;
import java.util.UUID;

import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.problem.ProblemException;

/**
 * A batch of a creator's follower ids for the notification fan-out: far larger pages than the public
 * lists allow, in user id order.
 *
 * @param limit ids per batch, 1 to {@value #MAX_LIMIT}
 * @param after the last user id of the previous batch, or {@code null} for the first
 */
record FollowerIdsRequest(int limit, UUID after) {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    /** From the query parameters; 400 naming {@code limit} or {@code cursor} when either is not valid. */
    static FollowerIdsRequest of(String limit, String cursor) {
        return new FollowerIdsRequest(limit(limit),
                cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor).uuid(0));
    }

    /** Rows to fetch: one more than the batch, to learn whether another batch follows. */
    int fetchSize() {
        return limit + 1;
    }

    /** The batch from rows fetched with {@link #fetchSize()}; the next one starts after its last id. */
    CursorPage<UUID> page(List<UUID> rows) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<UUID> batch = rows.subList(0, limit);
        return new CursorPage<>(batch, Cursor.of(batch.getLast()).encode());
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        catch (NumberFormatException ex) {
            // answered below like an out-of-range number
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
