package io.livedrop.perf.gatling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The response times a simulation reported, by name, kept for exact figures at the end of the run:
 * Gatling's report shows them as charts, but writes no machine-readable statistics a script could
 * compare (its simulation.log is a private binary format).
 */
final class Outcomes {

    private final Map<String, Queue<Long>> durations = new ConcurrentHashMap<>();
    private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

    /** Notes one response and hands it on, so that it can wrap what a {@link ReportResponse} step reports. */
    ReportResponse.Measured note(ReportResponse.Measured measured) {
        durations.computeIfAbsent(measured.name(), name -> new ConcurrentLinkedQueue<>())
                .add(measured.endMillis() - measured.startMillis());
        firstStart.accumulateAndGet(measured.startMillis(), Math::min);
        lastEnd.accumulateAndGet(measured.endMillis(), Math::max);
        return measured;
    }

    long count(String name) {
        Queue<Long> noted = durations.get(name);
        return noted == null ? 0 : noted.size();
    }

    long total() {
        return durations.values().stream().mapToLong(Queue::size).sum();
    }

    /** Responses per second, from the first one's start to the last one's end. */
    double perSecond() {
        long span = lastEnd.get() - firstStart.get();
        return span <= 0 ? 0 : total() * 1000.0 / span;
    }

    /** A table for the console: each name with its count and percentiles in milliseconds. */
    List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add("%-36s %8s %8s %8s %8s".formatted("outcome", "count", "p50 ms", "p99 ms", "max ms"));
        sorted().forEach((name, values) -> lines.add("%-36s %8d %8d %8d %8d".formatted(name, values.size(),
                percentile(values, 50), percentile(values, 99), values.getLast())));
        lines.add("%-36s %8d   %.1f/s".formatted("all", total(), perSecond()));
        return lines;
    }

    /** The same as {@code key=value} lines, keys such as {@code purchase-accepted.p99}. */
    List<String> properties() {
        List<String> lines = new ArrayList<>();
        lines.add("total=" + total());
        lines.add("perSecond=" + String.format(Locale.ROOT, "%.1f", perSecond()));
        sorted().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            lines.add(key + ".count=" + values.size());
            lines.add(key + ".p50=" + percentile(values, 50));
            lines.add(key + ".p99=" + percentile(values, 99));
        });
        return lines;
    }

    private Map<String, List<Long>> sorted() {
        Map<String, List<Long>> sorted = new TreeMap<>();
        durations.forEach((name, values) -> sorted.put(name, values.stream().sorted().toList()));
        return sorted;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
