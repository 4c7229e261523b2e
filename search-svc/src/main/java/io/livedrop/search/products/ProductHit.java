package io.livedrop.search.products;

import java.util.Map;
import java.util.UUID;

import io.livedrop.events.Money;

/**
 * One product in search results.
 *
 * @param remaining units left over the product's drops that were not cancelled; null when no such
 *        drop offers it
 * @param soldOut whether it was offered and none is left; null when no drop offers it
 * @param highlight the matched fields ({@code title}, {@code description}) with matches in
 *        {@code <em>}, HTML-encoded; null without a text query or match
 */
record ProductHit(UUID id, String title, Money price, String category, UUID creatorId, String creatorName,
        Long remaining, Boolean soldOut, Map<String, String> highlight) {
}
