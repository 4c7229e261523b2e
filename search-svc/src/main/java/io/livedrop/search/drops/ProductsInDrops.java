package io.livedrop.search.drops;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsAggregate;
import io.livedrop.search.index.Queries;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which products a live or upcoming drop offers, read from the drops index at query time: a drop
 * going live or ending changes the answer at once, and no product document has to follow drop events.
 */
@Component
public class ProductsInDrops {

    /**
     * More products than this in live and scheduled drops at once is far beyond what a drop calendar
     * holds; the filter then uses this many and says so in the log.
     */
    static final int MAX_PRODUCTS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ProductsInDrops.class);
    private static final String PRODUCTS = "products";
    private static final List<FieldValue> OPEN = List.of(FieldValue.of(DropStatus.LIVE.value()),
            FieldValue.of(DropStatus.SCHEDULED.value()));

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    public ProductsInDrops(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** The ids of the products offered by a drop that is live or scheduled; empty when there is none. */
    public Set<String> liveOrUpcoming() {
        StringTermsAggregate products = Queries.run(() -> client.search(s -> s
                .index(indices.alias(SearchIndex.DROPS)).size(0)
                .query(q -> q.terms(t -> t.field("status").terms(v -> v.value(OPEN))))
                .aggregations(PRODUCTS, a -> a.terms(t -> t.field("productIds").size(MAX_PRODUCTS))),
                Void.class)).aggregations().get(PRODUCTS).sterms();
        if (products.sumOtherDocCount() != null && products.sumOtherDocCount() > 0) {
            log.warn("More than {} products are in live or scheduled drops; the in-drop filter uses {} of them",
                    MAX_PRODUCTS, MAX_PRODUCTS);
        }
        return products.buckets().array().stream().map(bucket -> bucket.key().stringValue())
                .collect(Collectors.toUnmodifiableSet());
    }
}
