package io.livedrop.search.rebuild;

/**
 * What one collection's rebuild did: the alias now points at {@code to} instead of {@code from}; the
 * same index in both means it was filled in place (the product-stock index).
 */
record RebuildResult(String alias, String from, String to, long documents) {
}
