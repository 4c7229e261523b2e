package io.livedrop.search.index;

/** A search document ready to write: its id in the index and the source Elasticsearch stores. */
public record IndexedDocument(String id, Object source) {
}
