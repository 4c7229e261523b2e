package io.livedrop.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A storm: one request per caller, all released at the same instant, each on its own virtual
 * thread. Reports the rate the server absorbed them at, latency percentiles and the status codes.
 *
 * <p>Usage: {@code Burst <METHOD> <url> <file with one bearer token per line>}
 */
public final class Burst {

    private Burst() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Burst <METHOD> <url> <tokens file>");
            System.exit(2);
        }
        String method = args[0];
        URI uri = URI.create(args[1]);
        List<String> tokens = Files.readAllLines(Path.of(args[2])).stream().filter(line -> !line.isBlank()).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        long[] latencies = new long[tokens.size()];
        int[] statuses = new int[tokens.size()];
        long began;
        long ended;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?>[] calls = new Future<?>[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                int caller = i;
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Bearer " + tokens.get(i)).build();
                calls[i] = threads.submit(() -> {
                    start.await();
                    long sent = System.nanoTime();
                    try {
                        statuses[caller] = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        statuses[caller] = -1;
                    }
                    latencies[caller] = System.nanoTime() - sent;
                    return null;
                });
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
            ended = System.nanoTime();
        }
        Arrays.sort(latencies);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (int status : statuses) {
            byStatus.merge(status, 1, Integer::sum);
        }
        double seconds = (ended - began) / 1e9;
        System.out.printf(Locale.ROOT, "%d %s requests in %.2f s: %.0f/s; statuses %s%n", tokens.size(), method, seconds,
                tokens.size() / seconds, byStatus);
        System.out.printf(Locale.ROOT, "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
