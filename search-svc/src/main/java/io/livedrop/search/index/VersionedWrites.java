package io.livedrop.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.springframework.stereotype.Component;

/**
 * Applies one event to one document with Elasticsearch external versioning, the version being the
 * event's time or a version the event itself carries. That is what makes consumption idempotent and
 * ordered without an inbox table: a duplicate has the same version and a late event an older one,
 * and Elasticsearch refuses both.
 *
 * <p>Events that carry only part of a document (a price change, a drop ending) need the current
 * document, so such writes read it first and hand it to the change.
 */
@Component
public class VersionedWrites {

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    VersionedWrites(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /**
     * @param change the new document from the current one ({@code null} when there is none); it
     *        answers {@code null} when the event does not apply
     * @return whether a document was written
     */
    public <T> boolean apply(SearchIndex index, String id, Instant eventTime, Class<T> type, UnaryOperator<T> change) {
        indices.ensureReady();
        String alias = indices.alias(index);
        long version = EventVersion.of(eventTime);
        try {
            GetResponse<T> current = client.get(g -> g.index(alias).id(id), type);
            if (current.found() && current.version() != null && current.version() >= version) {
                return false;
            }
            T next = change.apply(current.found() ? current.source() : null);
            if (next == null) {
                return false;
            }
            return write(alias, id, version, next);
        }
        catch (ElasticsearchException ex) {
            throw refused(ex);
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }

    /**
     * Writes a whole document under the version its event carries, with no read first.
     *
     * @return whether it was written, not refused as the same as or older than the stored one
     */
    public boolean replace(SearchIndex index, String id, long version, Object document) {
        indices.ensureReady();
        try {
            return write(indices.alias(index), id, version, document);
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }

    private boolean write(String alias, String id, long version, Object document) throws IOException {
        try {
            client.index(i -> i.index(alias).id(id).document(document).versionType(VersionType.External)
                    .version(version));
            return true;
        }
        catch (ElasticsearchException ex) {
            if (ex.status() == 409) {
                // The document already has this version or a newer one: that event wins.
                return false;
            }
            throw refused(ex);
        }
    }

    private static RuntimeException refused(ElasticsearchException ex) {
        if (ex.status() == 429 || ex.status() >= 500) {
            return new SearchUnavailableException("Elasticsearch refused the write: " + ex.getMessage(), ex);
        }
        return ex;
    }
}
