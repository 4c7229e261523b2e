package io.livedrop.search.rebuild;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.web.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds each collection into a fresh index of the current mapping and swaps the alias to it.
 *
 * <p>The source is the current index (reindex is not available on every cluster we run, so it is a
 * search_after scan plus bulk writes). Documents keep their external versions, so events written
 * meanwhile still order correctly. Sequence: copy, refresh, swap the alias in one request (search
 * never sees an empty or missing index), copy once more to pick up what events wrote to the old
 * index during the first pass (older versions are refused), then drop the old index.
 */
@Component
class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int BATCH = 500;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final ReentrantLock running = new ReentrantLock();

    IndexRebuilder(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    List<RebuildResult> rebuildAll() {
        if (!running.tryLock()) {
            throw ProblemException.conflict("rebuild-running", "A rebuild is already running.");
        }
        try {
            return java.util.Arrays.stream(SearchIndex.values()).map(this::rebuild).toList();
        }
        finally {
            running.unlock();
        }
    }

    private RebuildResult rebuild(SearchIndex index) {
        String from = indices.currentIndex(index);
        String to = indices.newIndexName(index, System.currentTimeMillis());
        try {
            indices.createUnaliased(index, to);
            long copied = copy(from, to);
            client.indices().refresh(r -> r.index(to));
            indices.swapAlias(index, from, to);
            client.indices().refresh(r -> r.index(from));
            copy(from, to);
            client.indices().delete(d -> d.index(from));
            log.info("Rebuilt {} from {} into {} ({} documents)", indices.alias(index), from, to, copied);
            return new RebuildResult(indices.alias(index), from, to, copied);
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }

    /** Copies every document with its version, in id order; returns how many were read. */
    private long copy(String from, String to) throws IOException {
        long count = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> position = after;
            SearchResponse<Map> page = client.search(s -> {
                s.index(from).size(BATCH).version(true).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (position != null) {
                    s.searchAfter(position);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return count;
            }
            List<BulkOperation> operations = hits.stream().map(hit -> BulkOperation.of(b -> b.index(i -> i
                    .index(to).id(hit.id()).version(hit.version()).versionType(VersionType.External)
                    .document(hit.source())))).toList();
            BulkResponse bulk = client.bulk(b -> b.operations(operations));
            for (BulkResponseItem item : bulk.items()) {
                // 409: the new index already holds this version or a newer one written by an event.
                if (item.error() != null && item.status() != 409) {
                    throw new IllegalStateException("rebuild could not copy " + item.id() + ": " + item.error().reason());
                }
            }
            count += hits.size();
            after = hits.getLast().sort();
        }
    }
}
