package io.livedrop.perf.gatling;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A Gatling feeder over items the data setup makes: each in turn, endlessly. The list is read when
 * the run starts, after {@code before()} has filled it, not when the scenario is built.
 */
final class InTurn {

    private InTurn() {
    }

    static <T> Supplier<Iterator<Map<String, Object>>> feeder(Supplier<List<T>> items, Function<T, Map<String, Object>> record) {
        return () -> {
            List<T> list = items.get();
            AtomicInteger next = new AtomicInteger();
            return Stream.generate(() -> record.apply(list.get(Math.floorMod(next.getAndIncrement(), list.size())))).iterator();
        };
    }
}
