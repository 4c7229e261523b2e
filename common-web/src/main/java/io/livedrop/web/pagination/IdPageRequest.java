package io.livedrop.web.pagination;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.livedrop.web.problem.ProblemException;

/**
 * A batch of an internal full listing in id order: far larger pages than the public lists allow,
 * since a caller (search-svc's rebuild) reads the whole table. Shared by every service's
 * {@code /internal/...} listing.
 *
 * @param limit rows per batch, 1 to {@value #MAX_LIMIT}
 * @param after the last id of the previous batch, or {@code null} for the first
 */
public record IdPageRequest(int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    /** From the query parameters; 400 naming {@code limit} or {@code cursor} when either is not valid. */
    public static IdPageRequest of(String limit, String cursor) {
        return new IdPageRequest(limit(limit), cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor).uuid(0));
    }

    /** Rows to fetch: one more than the batch, to learn whether another batch follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The batch from rows fetched with {@link #fetchSize()}; the next one starts after its last id. */
    public <T> CursorPage<T> page(List<T> rows, Function<T, UUID> idOf) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<T> batch = rows.subList(0, limit);
        return new CursorPage<>(batch, Cursor.of(idOf.apply(batch.getLast())).encode());
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
