package io.livedrop.notification.fanout;

import java.util.ArrayList;
import java.util.List;

final class Batches {

    private Batches() {
    }

    /** Consecutive slices of at most {@code size} items, in order. */
    static <T> List<List<T>> of(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + size);
        }
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(List.copyOf(items.subList(from, Math.min(from + size, items.size()))));
        }
        return batches;
    }
}
