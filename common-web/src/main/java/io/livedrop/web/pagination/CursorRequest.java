package io.livedrop.web.pagination;

/**
 * What page a list request asks for, from {@code ?limit=&cursor=}. Declare it as a controller method
 * parameter; {@code limit} defaults to {@value #DEFAULT_LIMIT} and must be 1 to {@value #MAX_LIMIT},
 * otherwise the answer is 400 naming {@code limit}.
 *
 * @param limit how many items the page holds at most
 * @param cursor where the previous page ended, or {@code null} for the first page
 */
public record CursorRequest(int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public CursorRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public boolean isFirstPage() {
        return cursor == null;
    }

    /** Rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
