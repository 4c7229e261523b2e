package io.livedrop.search.index;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.problem.ProblemException;

/**
 * A {@code search_after} position as an opaque {@link Cursor}: the sort the page was read with,
 * then the last hit's sort values, each tagged with its JSON kind so it goes back to Elasticsearch
 * exactly as it came ({@code d:} double, {@code l:} long, {@code b:} boolean, {@code s:} string,
 * {@code n} null). A cursor from another sort is refused: its values would mean something else.
 */
public final class SearchAfterCursor {

    private SearchAfterCursor() {
    }

    public static String encode(String sort, List<FieldValue> sortValues) {
        List<String> keys = new ArrayList<>(sortValues.size() + 1);
        keys.add(sort);
        for (FieldValue value : sortValues) {
            keys.add(switch (value._kind()) {
                case Double -> "d:" + value.doubleValue();
                case Long -> "l:" + value.longValue();
                case Boolean -> "b:" + value.booleanValue();
                case String -> "s:" + value.stringValue();
                case Null -> "n";
                case Any -> throw new IllegalArgumentException("unexpected sort value " + value._toJsonString());
            });
        }
        return new Cursor(keys).encode();
    }

    /** The sort values to search after; 400 naming {@code cursor} when it is not one of this sort's. */
    public static List<FieldValue> decode(Cursor cursor, String sort, int sortValues) {
        if (cursor.keys().size() != sortValues + 1 || !cursor.key(0).equals(sort)) {
            throw invalid();
        }
        List<FieldValue> values = new ArrayList<>(sortValues);
        for (String key : cursor.keys().subList(1, cursor.keys().size())) {
            values.add(value(key));
        }
        return values;
    }

    private static FieldValue value(String key) {
        if (key.equals("n")) {
            return FieldValue.NULL;
        }
        if (key.length() < 2 || key.charAt(1) != ':') {
            throw invalid();
        }
        String text = key.substring(2);
        try {
            return switch (key.charAt(0)) {
                case 'd' -> FieldValue.of(Double.parseDouble(text));
                case 'l' -> FieldValue.of(Long.parseLong(text));
                case 'b' -> FieldValue.of(Boolean.parseBoolean(text));
                case 's' -> FieldValue.of(text);
                default -> throw invalid();
            };
        }
        catch (NumberFormatException ex) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
}
