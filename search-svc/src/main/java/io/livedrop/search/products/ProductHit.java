package io.livedrop.search.products;

import java.util.Map;
import java.util.UUID;

import io.livedrop.events.Money;

/**
 * One product in search results.
 *
 * @param highlight the matched fields ({@code title}, {@code description}) with matches in
 *        {@code <em>}, HTML-encoded; null without a text query or match
 */
record ProductHit(UUID id, String title, Money price, String category, UUID creatorId, String creatorName,
        Map<String, String> highlight) {
}
