package io.livedrop.search.products;

import java.util.List;

/** Counts over all matching products (not only this page), for narrowing a search. */
record ProductFacets(List<ValueCount> category, List<PriceRange> priceRanges, List<CreatorCount> creator) {

    record ValueCount(String value, long count) {
    }

    /** Prices in minor units: {@code from} inclusive, {@code to} exclusive, null when open. */
    record PriceRange(Long from, Long to, long count) {
    }

    record CreatorCount(String id, String name, long count) {
    }
}
