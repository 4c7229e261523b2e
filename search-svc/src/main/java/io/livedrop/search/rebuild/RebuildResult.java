package io.livedrop.search.rebuild;

/** What one collection's rebuild did: the alias now points at {@code to} instead of {@code from}. */
record RebuildResult(String alias, String from, String to, long documents) {
}
