package io.livedrop.web.pagination;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: {@code {"items": [...], "nextCursor": "..." | null}}; {@code nextCursor} is null
 * on the last page and is always present, whatever the service's null inclusion setting.
 */
public record CursorPage<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * The page from rows fetched with {@link CursorRequest#fetchSize()} (limit + 1): the extra row, if
     * present, is dropped and proves there is a next page, which starts after the last row kept.
     *
     * @param cursorOf the sort keys of a row, in the order the query sorts by
     */
    public static <T> CursorPage<T> of(List<T> rows, CursorRequest request, Function<? super T, Cursor> cursorOf) {
        if (rows.size() <= request.limit()) {
            return new CursorPage<>(rows, null);
        }
        List<T> items = rows.subList(0, request.limit());
        return new CursorPage<>(items, cursorOf.apply(items.getLast()).encode());
    }

    /** The same page with each item mapped, e.g. entities to response records. */
    public <R> CursorPage<R> map(Function<? super T, ? extends R> mapper) {
        return new CursorPage<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
