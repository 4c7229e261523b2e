package io.livedrop.order.stock;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A drop's Redis counters as values: status, limit, units left per product and units held per buyer.
 * Built from Postgres to prime or rebuild, and from Redis to compare.
 */
public record CounterValues(String status, int perUserLimit, Instant endsAt, Map<UUID, Integer> left,
                            Map<UUID, Integer> held) {

    public CounterValues {
        left = new TreeMap<>(left);
        // A buyer holding nothing and an absent buyer are the same thing.
        held = new TreeMap<>(Map.copyOf(held));
        held.values().removeIf(units -> units <= 0);
    }

    static CounterValues of(DropSale sale, Iterable<SaleItem> items, Map<UUID, Integer> held) {
        Map<UUID, Integer> left = new TreeMap<>();
        items.forEach(item -> left.put(item.productId(), item.left()));
        return new CounterValues(sale.status().name(), sale.perUserLimit(), sale.endsAt(), left, held);
    }

    /** Whether Redis says the same as Postgres about what can be sold and who holds what. */
    public boolean sameCountsAs(CounterValues other) {
        return status.equals(other.status) && perUserLimit == other.perUserLimit && left.equals(other.left)
                && held.equals(other.held);
    }
}
