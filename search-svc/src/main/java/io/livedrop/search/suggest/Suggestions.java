package io.livedrop.search.suggest;

import java.util.List;

/** {@code {suggestions: [...]}}, best first. */
record Suggestions(List<Suggestion> suggestions) {
}
