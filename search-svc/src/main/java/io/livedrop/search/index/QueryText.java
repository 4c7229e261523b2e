package io.livedrop.search.index;

import io.livedrop.web.problem.ProblemException;

/** Checks a free-text parameter; the text itself only ever reaches Elasticsearch as data, never syntax. */
public final class QueryText {

    public static final int MAX_LENGTH = 200;

    private QueryText() {
    }

    /** The trimmed text, or null when blank; 400 naming the parameter when it is too long. */
    public static String of(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalid(parameter, "must be at most " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
