package io.livedrop.search.suggest;

/** One completion: {@code kind} is product, creator or drop, {@code id} that thing's id. */
record Suggestion(String text, String kind, String id) {
}
