package io.livedrop.search.products;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.livedrop.search.drops.ProductsInDrops;
import io.livedrop.search.index.Queries;
import io.livedrop.search.index.SearchAfterCursor;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.web.pagination.CursorRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search/products}: full text, filters, sorts, facets and highlights, paged by
 * search_after; each hit with its stock, read for the whole page in one multi-get.
 */
@RestController
class ProductSearch {

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final ProductsInDrops productsInDrops;

    ProductSearch(ElasticsearchClient client, SearchIndices indices, ProductsInDrops productsInDrops) {
        this.client = client;
        this.indices = indices;
        this.productsInDrops = productsInDrops;
    }

    @GetMapping("/api/v1/search/products")
    ProductSearchPage search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String creatorId,
            @RequestParam(required = false) String minPrice,
            @RequestParam(required = false) String maxPrice,
            @RequestParam(required = false) String inDrop,
            @RequestParam(required = false) String sort,
            CursorRequest page) {
        ProductQuery query = ProductQuery.from(q, category, creatorId, minPrice, maxPrice, inDrop, sort);
        List<FieldValue> after = page.cursor() == null ? null
                : SearchAfterCursor.decode(page.cursor(), query.sort().param(), ProductQueryBuilder.SORT_VALUES);
        Set<String> productIds = query.inDrop() ? productsInDrops.liveOrUpcoming() : null;
        SearchRequest request = ProductQueryBuilder.build(indices.alias(SearchIndex.PRODUCTS), query, productIds,
                page.fetchSize(), after);
        SearchResponse<ProductDocument> response = Queries.run(() -> client.search(request, ProductDocument.class));

        List<Hit<ProductDocument>> hits = response.hits().hits();
        List<Hit<ProductDocument>> kept = hits.subList(0, Math.min(hits.size(), page.limit()));
        String next = hits.size() > page.limit()
                ? SearchAfterCursor.encode(query.sort().param(), kept.getLast().sort()) : null;
        Map<String, ProductStockDocument> stock = stockOf(kept.stream().map(Hit::id).toList());
        return new ProductSearchPage(kept.stream().map(hit -> toHit(hit, stock.get(hit.id()))).toList(), next,
                facets(response.aggregations()));
    }

    /** The stock documents of these products, by id; a product never in a drop has none. */
    private Map<String, ProductStockDocument> stockOf(List<String> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        MgetResponse<ProductStockDocument> found = Queries.run(() -> client.mget(m -> m
                .index(indices.alias(SearchIndex.PRODUCT_STOCK)).ids(productIds), ProductStockDocument.class));
        Map<String, ProductStockDocument> stock = new HashMap<>();
        for (MultiGetResponseItem<ProductStockDocument> item : found.docs()) {
            if (item.isResult() && item.result().found()) {
                stock.put(item.result().id(), item.result().source());
            }
        }
        return stock;
    }

    private static ProductHit toHit(Hit<ProductDocument> hit, ProductStockDocument stock) {
        ProductDocument doc = hit.source();
        Map<String, String> highlight = null;
        if (hit.highlight() != null && !hit.highlight().isEmpty()) {
            highlight = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> field : hit.highlight().entrySet()) {
                if (!field.getValue().isEmpty()) {
                    highlight.put(field.getKey(), field.getValue().getFirst());
                }
            }
        }
        boolean offered = stock != null && stock.offered();
        return new ProductHit(UUID.fromString(doc.id()), doc.title(), doc.price(), doc.category(),
                UUID.fromString(doc.creatorId()), doc.creatorName(), offered ? stock.remaining() : null,
                offered ? stock.soldOut() : null, highlight);
    }

    private static ProductFacets facets(Map<String, Aggregate> aggregations) {
        var categories = aggregations.get(ProductQueryBuilder.CATEGORY_FACET).sterms().buckets().array().stream()
                .map(b -> new ProductFacets.ValueCount(b.key().stringValue(), b.docCount()))
                .toList();
        var prices = aggregations.get(ProductQueryBuilder.PRICE_FACET).range().buckets().array().stream()
                .map(b -> new ProductFacets.PriceRange(whole(b.from()), whole(b.to()), b.docCount()))
                .toList();
        var creators = aggregations.get(ProductQueryBuilder.CREATOR_FACET).sterms().buckets().array().stream()
                .map(b -> {
                    var names = b.aggregations().get(ProductQueryBuilder.CREATOR_NAME).sterms().buckets().array();
                    return new ProductFacets.CreatorCount(b.key().stringValue(),
                            names.isEmpty() ? null : names.getFirst().key().stringValue(), b.docCount());
                })
                .toList();
        return new ProductFacets(categories, prices, creators);
    }

    private static Long whole(Double bound) {
        return bound == null ? null : bound.longValue();
    }
}
