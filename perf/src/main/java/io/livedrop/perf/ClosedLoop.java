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
import java.util.stream.Collectors;

/**
 * A closed-model load driver: {@code concurrency} callers, each sending the same request again as
 * soon as the last one is answered, for a fixed time. It shows the most a route sustains at that
 * concurrency, the way the flash-sale simulation keeps a fixed number of attempts in flight; run
 * on a request the service refuses early, it measures the fixed cost every attempt pays.
 *
 * <p>Usage: {@code ClosedLoop <concurrency> <seconds> <warm-up seconds> <GET|POST> <url> [body] [header: value]...};
 * a body is given only for POST.
 */
public final class ClosedLoop {

    private record Sample(long latencyNanos, int status) {
    }

    private ClosedLoop() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ClosedLoop <concurrency> <seconds> <warm-up seconds> <GET|POST> <url> [body] [header: value]...");
            System.exit(2);
        }
        int concurrency = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        boolean post = "POST".equalsIgnoreCase(args[3]);
        int firstHeader = post ? 6 : 5;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(args[4])).timeout(Duration.ofSeconds(10));
        builder = post ? builder.POST(HttpRequest.BodyPublishers.ofString(args[5])) : builder.GET();
        for (int i = firstHeader; i < args.length; i++) {
            String[] header = args[i].split(":\\s*", 2);
            builder.header(header[0], header[1]);
        }
        HttpRequest request = builder.build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, request, concurrency, warmUp);
        List<Sample> samples = run(http, request, concurrency, seconds);
        report(samples, concurrency, seconds);
    }

    private static List<Sample> run(HttpClient http, HttpRequest request, int concurrency, int seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                callers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        samples.add(new Sample(System.nanoTime() - sent, status));
                    }
                });
            }
        }
        return new ArrayList<>(samples);
    }

    private static void report(List<Sample> samples, int concurrency, int seconds) {
        long[] latencies = samples.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
        Map<Integer, Long> statuses = samples.stream()
                .collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
        System.out.printf(Locale.ROOT, "%d in flight for %d s: %d answers, %.1f/s%n", concurrency, seconds,
                latencies.length, latencies.length / (double) seconds);
        System.out.printf(Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; statuses %s%n",
                at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6, statuses);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
