package io.livedrop.search.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/** Turns a {@link ProductQuery} into one Elasticsearch request: hits, facets and highlights together. */
final class ProductQueryBuilder {

    static final String CATEGORY_FACET = "category";
    static final String PRICE_FACET = "priceRanges";
    static final String CREATOR_FACET = "creator";
    static final String CREATOR_NAME = "name";

    /** Price facet buckets in minor units: [from, to), the last one open. */
    static final List<Long[]> PRICE_RANGES = List.of(
            new Long[] {0L, 1_000L}, new Long[] {1_000L, 2_500L}, new Long[] {2_500L, 5_000L},
            new Long[] {5_000L, 10_000L}, new Long[] {10_000L, null});

    /** Sort values per hit: the sort's key, then the id tie-breaker. */
    static final int SORT_VALUES = 2;

    private ProductQueryBuilder() {
    }

    /**
     * @param productIds only these products (null: any); the products of live and scheduled drops
     *        when the query asks for {@code inDrop}
     */
    static SearchRequest build(String index, ProductQuery query, Set<String> productIds, int size,
            List<FieldValue> after) {
        return SearchRequest.of(s -> {
            s.index(index).size(size).query(query(query, productIds)).sort(sort(query.sort()))
                    .aggregations(CATEGORY_FACET, a -> a.terms(t -> t.field("category").size(20)))
                    .aggregations(PRICE_FACET, a -> a.range(r -> r.field("price.amount").ranges(priceRanges())))
                    .aggregations(CREATOR_FACET, a -> a.terms(t -> t.field("creatorId").size(20))
                            .aggregations(CREATOR_NAME, n -> n.terms(t -> t.field("creatorName.raw").size(1))));
            if (query.text() != null) {
                // HTML-encoded, so product text can never inject markup into a client's highlight.
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                        .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                                NamedValue.of("description", HighlightField.of(f -> f.numberOfFragments(1)
                                        .fragmentSize(150)))));
            }
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        });
    }

    static Query query(ProductQuery query, Set<String> productIds) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.term(t -> t.field("archived").value(false))));
        if (productIds != null) {
            // No products at all is no hits, not no filter.
            filters.add(productIds.isEmpty() ? Query.of(q -> q.matchNone(m -> m))
                    : Query.of(q -> q.terms(t -> t.field("id").terms(v -> v.value(
                            productIds.stream().sorted().map(FieldValue::of).toList())))));
        }
        if (query.category() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("category").value(query.category()))));
        }
        if (query.creatorId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("creatorId").value(query.creatorId().toString()))));
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            filters.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("price.amount");
                if (query.minPrice() != null) {
                    n.gte(query.minPrice().doubleValue());
                }
                if (query.maxPrice() != null) {
                    n.lte(query.maxPrice().doubleValue());
                }
                return n;
            }))));
        }
        Query text = query.text() == null ? Query.of(q -> q.matchAll(m -> m))
                // multi_match analyses the text as text: quotes, operators and ES syntax are never parsed.
                : Query.of(q -> q.multiMatch(m -> m.query(query.text()).type(TextQueryType.BestFields)
                        .tieBreaker(0.3).fields("title^3", "tags^2", "creatorName^2", "description")));
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    static List<SortOptions> sort(ProductSort sort) {
        SortOptions first = switch (sort) {
            case RELEVANCE -> SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            case PRICE_ASC -> SortOptions.of(o -> o.field(f -> f.field("price.amount").order(SortOrder.Asc)));
            case PRICE_DESC -> SortOptions.of(o -> o.field(f -> f.field("price.amount").order(SortOrder.Desc)));
            case NEWEST -> SortOptions.of(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
        };
        return List.of(first, SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    }

    private static List<AggregationRange> priceRanges() {
        return PRICE_RANGES.stream().map(range -> AggregationRange.of(r -> {
            r.from(range[0].doubleValue());
            if (range[1] != null) {
                r.to(range[1].doubleValue());
            }
            return r;
        })).toList();
    }

}
