package io.livedrop.search.index;

/**
 * Elasticsearch could not be reached or is overloaded. A listener that throws it keeps its place:
 * the error handler retries the record until Elasticsearch is back instead of parking it.
 */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
