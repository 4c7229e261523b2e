package io.livedrop.drop.schedule;

import java.time.Instant;
import java.util.List;

/**
 * Fields left out stay as they are. {@code items}, when given, replaces all items, priced at their
 * products' current prices; items left out keep the prices they were scheduled with.
 */
record UpdateDropRequest(String title, Instant startsAt, Instant endsAt, Integer perUserLimit,
        List<ItemRequest> items) {
}
