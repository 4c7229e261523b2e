package io.livedrop.search.products;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of products with the facets of the whole result; {@code nextCursor} is null on the last page. */
record ProductSearchPage(List<ProductHit> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor,
        ProductFacets facets) {
}
