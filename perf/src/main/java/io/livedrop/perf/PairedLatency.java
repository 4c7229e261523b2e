package io.livedrop.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * An open-model load driver for comparing two URLs under the same load in the same run: requests
 * leave at a fixed total rate, alternating between the two targets, each on its own virtual
 * thread. Latency is measured from the moment a request was due, not when it was sent, so a
 * stalled server cannot hide its queueing (no coordinated omission).
 *
 * <p>Usage: {@code PairedLatency <rate/s> <seconds> <warm-up seconds> <label=url> <label=url> [header: value]...}
 */
public final class PairedLatency {

    private record Target(String label, URI uri) {
    }

    private record Sample(int target, long latencyNanos, int status) {
    }

    private PairedLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: PairedLatency <rate/s> <seconds> <warm-up seconds> <label=url> <label=url> [header: value]...");
            System.exit(2);
        }
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        List<Target> targets = List.of(target(args[3]), target(args[4]));
        List<String[]> headers = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            String[] header = args[i].split(":\\s*", 2);
            headers.add(header);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, targets, headers, rate, warmUp);
        List<Sample> samples = run(http, targets, headers, rate, seconds);
        report(targets, samples, rate, seconds);
    }

    private static Target target(String spec) {
        String[] parts = spec.split("=", 2);
        return new Target(parts[0], URI.create(parts[1]));
    }

    private static List<Sample> run(HttpClient http, List<Target> targets, List<String[]> headers, int rate, int seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int which = (int) (i % targets.size());
                HttpRequest.Builder request = HttpRequest.newBuilder(targets.get(which).uri())
                        .timeout(Duration.ofSeconds(10)).GET();
                headers.forEach(header -> request.header(header[0], header[1]));
                HttpRequest built = request.build();
                threads.submit(() -> {
                    int status;
                    try {
                        status = http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    samples.add(new Sample(which, System.nanoTime() - due, status));
                });
            }
        }
        return new ArrayList<>(samples);
    }

    private static void report(List<Target> targets, List<Sample> samples, int rate, int seconds) {
        System.out.printf(Locale.ROOT, "rate %d req/s for %d s, alternating between the targets%n", rate, seconds);
        System.out.printf(Locale.ROOT, "%-10s %8s %8s %9s %9s %9s %9s %9s%n",
                "target", "requests", "non-2xx", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms");
        double[][] percentiles = new double[targets.size()][];
        for (int t = 0; t < targets.size(); t++) {
            int which = t;
            long[] latencies = samples.stream().filter(s -> s.target() == which)
                    .mapToLong(Sample::latencyNanos).sorted().toArray();
            long failures = samples.stream().filter(s -> s.target() == which)
                    .filter(s -> s.status() < 200 || s.status() > 299).count();
            percentiles[t] = new double[] {at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99),
                    at(latencies, 0.999), millis(latencies[latencies.length - 1])};
            Map<Integer, Long> statuses = samples.stream().filter(s -> s.target() == which)
                    .collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
            System.out.printf(Locale.ROOT, "%-10s %8d %8d %9.2f %9.2f %9.2f %9.2f %9.2f  statuses %s%n",
                    targets.get(t).label(), latencies.length, failures, percentiles[t][0], percentiles[t][1],
                    percentiles[t][2], percentiles[t][3], percentiles[t][4], statuses);
        }
        System.out.printf(Locale.ROOT, "added by %s over %s: p50 %+.2f ms, p99 %+.2f ms%n",
                targets.get(1).label(), targets.get(0).label(),
                percentiles[1][0] - percentiles[0][0], percentiles[1][2] - percentiles[0][2]);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return millis(sorted[Math.max(0, index)]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
