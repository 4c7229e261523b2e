package io.livedrop.search.rebuild;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.livedrop.search.creators.ListedCreator;
import io.livedrop.search.drops.ListedDrop;
import io.livedrop.search.index.EventVersion;
import io.livedrop.search.index.IndexedDocument;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.search.products.ListedProduct;
import io.livedrop.search.products.ListedStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every collection from the source services into a fresh index of the current mapping, then
 * swaps each alias to it.
 *
 * <p>Sequence: read all three sources into new, unaliased indices (creators first, since product
 * documents carry their creator's name), refresh them, and only then move the aliases, each in one
 * request, so search never sees an empty or missing index and a source failing half-way leaves every
 * alias where it was. Events keep writing through the aliases to the old indices meanwhile; after a
 * swap, what they wrote since the rebuild began is copied over, and the old index is dropped.
 *
 * <p>Versions: a rebuilt document gets the external version of the rebuild's start minus a margin.
 * An event newer than that (a change the listing may have missed) wins over it, whether it is
 * consumed later or was written to the old index and is copied; a document the sources no longer
 * have and no recent event wrote is not carried over.
 *
 * <p>The product-stock index keeps its alias: its versions are product-svc's per-product counters,
 * which a rebuild's time-based version could neither match nor be ordered against. Product-svc's stock
 * listing carries those counters, so the rebuild writes it into that index in place, and
 * Elasticsearch keeps whichever of a listed row and an event is newer.
 *
 * <p>One rebuild runs at a time over all instances ({@link RebuildLease}).
 */
@Component
class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int BATCH = 500;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final SourceListings sources;
    private final RebuildProperties properties;
    private final RebuildLease lease;

    IndexRebuilder(ElasticsearchClient client, SearchIndices indices, SourceListings sources,
            RebuildProperties properties, RebuildLease lease) {
        this.client = client;
        this.indices = indices;
        this.sources = sources;
        this.properties = properties;
        this.lease = lease;
    }

    /** Rebuilds every collection; 409 while a rebuild runs on this or any other instance. */
    List<RebuildResult> rebuildAll() {
        indices.ensureReady();
        try (RebuildLease.Held held = lease.take()) {
            return rebuild(Instant.now(), held);
        }
    }

    private List<RebuildResult> rebuild(Instant began, RebuildLease.Held held) {
        long version = EventVersion.of(began.minus(properties.versionMargin()));
        SourceListings.Session session = sources.open();
        List<Filled> filled = new ArrayList<>();
        RebuildResult stock;
        try {
            Map<UUID, String> creatorNames = new HashMap<>();
            filled.add(fill(SearchIndex.CREATORS, began, version, session, held, properties.creatorSvcUrl(),
                    "/internal/creators", ListedCreator.class, creator -> {
                        creatorNames.put(creator.id(), creator.displayName());
                        return creator.document();
                    }));
            filled.add(fill(SearchIndex.PRODUCTS, began, version, session, held, properties.productSvcUrl(),
                    "/internal/products", ListedProduct.class,
                    product -> product.document(creatorNames.get(product.creatorId()))));
            filled.add(fill(SearchIndex.DROPS, began, version, session, held, properties.dropSvcUrl(),
                    "/internal/drops", ListedDrop.class, ListedDrop::document));
            stock = fillInStock(session, held);
        }
        catch (RuntimeException ex) {
            filled.forEach(fresh -> discard(fresh.name()));
            throw ex;
        }
        held.renewIfDue();
        List<RebuildResult> results = new ArrayList<>(filled.stream().map(fresh -> swap(fresh, version)).toList());
        results.add(stock);
        return results;
    }

    /**
     * Writes product-svc's stock listing into the live product-stock index, in place: each row under the
     * version of the product.stock-changed that announced it, so a row and an event order against each
     * other and Elasticsearch keeps the newer. This fills in stock whose events were never consumed.
     */
    private RebuildResult fillInStock(SourceListings.Session session, RebuildLease.Held held) {
        String current = indices.currentIndex(SearchIndex.PRODUCT_STOCK);
        long rows = session.forEach(properties.productSvcUrl(), "/internal/product-stock", ListedStock.class, batch -> {
            held.renewIfDue();
            bulk(batch.stream().map(stock -> {
                IndexedDocument document = stock.document();
                return versioned(current, document.id(), stock.version(), document.source());
            }).toList());
        });
        try {
            client.indices().refresh(r -> r.index(current));
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
        return new RebuildResult(indices.alias(SearchIndex.PRODUCT_STOCK), current, current, rows);
    }

    private <T> Filled fill(SearchIndex index, Instant began, long version, SourceListings.Session session,
            RebuildLease.Held held, URI base, String path, Class<T> type, Function<T, IndexedDocument> document) {
        String name = indices.newIndexName(index, began.toEpochMilli());
        indices.createUnaliased(index, name);
        try {
            long documents = session.forEach(base, path, type, rows -> {
                held.renewIfDue();
                write(name, rows.stream().map(document).toList(), version);
            });
            client.indices().refresh(r -> r.index(name));
            return new Filled(index, name, documents);
        }
        catch (IOException ex) {
            discard(name);
            throw SearchIndices.unavailable(ex);
        }
        catch (RuntimeException ex) {
            discard(name);
            throw ex;
        }
    }

    private void write(String index, List<IndexedDocument> documents, long version) {
        bulk(documents.stream().map(doc -> versioned(index, doc.id(), version, doc.source())).toList());
    }

    /** A write under an external version: Elasticsearch refuses it where it holds that version or a newer one. */
    private static BulkOperation versioned(String index, String id, long version, Object source) {
        return BulkOperation.of(b -> b.index(i -> i.index(index).id(id).version(version)
                .versionType(VersionType.External).document(source)));
    }

    private RebuildResult swap(Filled fresh, long version) {
        String from = indices.currentIndex(fresh.index());
        try {
            indices.swapAlias(fresh.index(), from, fresh.name());
            client.indices().refresh(r -> r.index(from));
            long carried = carryOver(from, fresh.name(), version);
            // Searchable before the rebuild answers, not a refresh interval later.
            client.indices().refresh(r -> r.index(fresh.name()));
            client.indices().delete(d -> d.index(from));
            log.info("Rebuilt {} into {} from the source listing ({} documents; {} newer ones carried over from {})",
                    indices.alias(fresh.index()), fresh.name(), fresh.documents(), carried, from);
            return new RebuildResult(indices.alias(fresh.index()), from, fresh.name(), fresh.documents());
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }

    /**
     * Copies what events wrote to the old index after the rebuild's version, with the events' versions;
     * the new index refuses any that an event has overtaken there since (409). Returns how many were newer.
     */
    private long carryOver(String from, String to, long rebuiltVersion) throws IOException {
        long newer = 0;
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
                return newer;
            }
            List<BulkOperation> operations = hits.stream()
                    .filter(hit -> hit.version() != null && hit.version() > rebuiltVersion)
                    .map(hit -> versioned(to, hit.id(), hit.version(), hit.source()))
                    .toList();
            bulk(operations);
            newer += operations.size();
            after = hits.getLast().sort();
        }
    }

    private void bulk(List<BulkOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        try {
            BulkResponse bulk = client.bulk(b -> b.operations(operations));
            for (BulkResponseItem item : bulk.items()) {
                // 409: the index already holds this version or a newer one, written by an event.
                if (item.error() != null && item.status() != 409) {
                    throw new IllegalStateException("rebuild could not write " + item.id() + ": " + item.error().reason());
                }
            }
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }

    /** Drops an index a failed rebuild filled, so no half-built index lingers; the aliases never moved. */
    private void discard(String name) {
        try {
            client.indices().delete(d -> d.index(name));
        }
        catch (IOException | RuntimeException ex) {
            log.warn("Could not delete the unfinished rebuild index {}: {}", name, ex.toString());
        }
    }

    /** A collection read into a new index, not yet behind its alias. */
    private record Filled(SearchIndex index, String name, long documents) {
    }
}
