package io.livedrop.search.index;

import java.util.List;

/** The value of a {@code completion} field: what a prefix can complete to, and how it ranks. */
public record SuggestInput(List<String> input, int weight) {

    public SuggestInput {
        input = input.stream().filter(text -> text != null && !text.isBlank()).toList();
    }

    /** Null when there is nothing to suggest, so the document leaves the suggester. */
    public static SuggestInput of(int weight, String... texts) {
        SuggestInput suggest = new SuggestInput(java.util.Arrays.asList(texts), weight);
        return suggest.input().isEmpty() ? null : suggest;
    }
}
