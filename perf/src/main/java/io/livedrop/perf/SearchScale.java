package io.livedrop.perf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Search at catalogue scale, against the running stack, in four phases:
 * <ol>
 * <li>load: {@code products} generated products created through product-svc's API (the real path:
 * row, outbox, Kafka, search-svc's indexer), {@code LOAD_CONCURRENCY} at a time;</li>
 * <li>indexed: waits until search counts them all (the facet counts of the creator's products);</li>
 * <li>latency: an open model at {@code rate} requests/s for {@code seconds}, alternating a faceted
 * product search (a vocabulary word, sometimes a category or a price range, a random sort: every
 * answer carries the category, price and creator facets) and an autocomplete of a 1 to 4 letter
 * prefix, both through the gateway; latency counts from the moment a request was due;</li>
 * <li>freshness: {@code updates} product renames through the gateway, {@code FRESHNESS_CONCURRENCY}
 * at a time; each is timed from sending the PATCH until a search through the gateway for the new
 * word finds the product (polled every 20 ms).</li>
 * </ol>
 *
 * <p>Usage: {@code SearchScale <gateway> <product-svc> <user-svc> <email> <password> <creator id>
 * <products> <rate/s> <seconds> <updates>}. The creator token is renewed by logging in again.
 */
public final class SearchScale {

    private static final int LOAD_CONCURRENCY = Integer.getInteger("load.concurrency", 16);
    private static final int FRESHNESS_CONCURRENCY = Integer.getInteger("freshness.concurrency", 4);
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(10);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private static final List<String> ADJECTIVES = List.of("amber", "bold", "calm", "dusky", "early", "faded",
            "gilded", "hazy", "indigo", "jade", "keen", "lunar", "misty", "noble", "olive", "pale", "quiet", "rustic",
            "silver", "tidal", "umber", "vivid", "woven", "young", "zesty", "coral", "frost", "ember", "ivory", "sable");
    private static final List<String> NOUNS = List.of("lantern", "hoodie", "poster", "mug", "vinyl", "sketchbook",
            "scarf", "print", "tote", "candle", "beanie", "zine", "pin", "sticker", "vase", "bowl", "jacket", "cap",
            "notebook", "tee", "blanket", "lamp", "necklace", "ring", "journal", "planter", "rug", "apron", "kite",
            "puzzle", "deck", "mask", "badge", "patch", "frame", "clock", "brush", "pouch", "scarab", "mobile");
    private static final List<String> MATERIALS = List.of("linen", "cotton", "clay", "oak", "wool", "paper",
            "glass", "brass", "leather", "silk", "hemp", "porcelain", "bamboo", "resin", "copper", "denim", "felt",
            "cork", "steel", "velvet");
    private static final List<String> CATEGORIES = List.of("apparel", "accessories", "art", "prints", "music",
            "books", "home", "beauty", "collectibles", "digital", "other");
    private static final List<String> SORTS = List.of("relevance", "price_asc", "price_desc", "newest");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String productSvc;
    private final String userSvc;
    private final String email;
    private final String password;
    private final String creatorId;
    private volatile String token;
    private volatile long tokenTakenAt;

    private SearchScale(String[] args) {
        gateway = args[0];
        productSvc = args[1];
        userSvc = args[2];
        email = args[3];
        password = args[4];
        creatorId = args[5];
    }

    private record Sample(String kind, long latencyNanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 10) {
            System.err.println("usage: SearchScale <gateway> <product-svc> <user-svc> <email> <password> <creator id>"
                    + " <products> <rate/s> <seconds> <updates>");
            System.exit(2);
        }
        SearchScale run = new SearchScale(args);
        int products = Integer.parseInt(args[6]);
        int rate = Integer.parseInt(args[7]);
        int seconds = Integer.parseInt(args[8]);
        int updates = Integer.parseInt(args[9]);

        // What the creator had before (the script's warm-up product), so only this load is waited for.
        long before = run.searchable();
        long loadStart = System.nanoTime();
        List<String> ids = run.load(products);
        long loaded = System.nanoTime();
        System.out.printf(Locale.ROOT, "== load: %d products created in %.1f s (%.0f/s)%n", ids.size(),
                (loaded - loadStart) / 1e9, ids.size() / ((loaded - loadStart) / 1e9));
        long indexed = run.awaitIndexed(before + ids.size());
        System.out.printf(Locale.ROOT, "== indexed: all %d searchable %.1f s after the load began, %.1f s after it ended%n",
                ids.size(), (indexed - loadStart) / 1e9, (indexed - loaded) / 1e9);

        System.out.printf(Locale.ROOT, "== latency through the gateway: %d req/s for %d s (after 10 s of warm-up), "
                + "alternating faceted search and autocomplete%n", rate, seconds);
        run.latency(rate, 10);
        report(run.latency(rate, seconds));

        System.out.printf(Locale.ROOT, "== freshness: %d renames through the gateway, %d at a time, until search finds the new title%n",
                updates, FRESHNESS_CONCURRENCY);
        run.freshness(ids, updates);
    }

    private List<String> load(int products) throws InterruptedException {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(LOAD_CONCURRENCY);
        AtomicLong done = new AtomicLong();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < products; i++) {
                inFlight.acquire();
                int n = i;
                threads.submit(() -> {
                    try {
                        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(productSvc + "/api/v1/products"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(productJson(n))), true);
                        statuses.computeIfAbsent(created.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        Matcher id = ID.matcher(created.body());
                        if (created.statusCode() == 201 && id.find()) {
                            ids.add(id.group(1));
                        }
                        long count = done.incrementAndGet();
                        if (count % 10_000 == 0) {
                            System.out.printf(Locale.ROOT, "   %d created%n", count);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        System.out.println("   load statuses " + new TreeMap<>(statuses));
        return new ArrayList<>(ids);
    }

    /** Polls the creator's facet counts (over all matches, not a page) until they add up to the products created. */
    private long awaitIndexed(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
        long last = -1;
        while (System.nanoTime() < deadline) {
            long counted = searchable();
            if (counted >= expected) {
                return System.nanoTime();
            }
            if (counted / 10_000 != last / 10_000) {
                System.out.printf(Locale.ROOT, "   %d searchable%n", counted);
            }
            last = counted;
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("search did not count " + expected + " products within an hour (last " + last + ")");
    }

    /** How many of the creator's products search counts now; -1 while it does not answer. */
    private long searchable() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(gateway
                + "/api/v1/search/products?limit=1&creatorId=" + creatorId)).GET(), false);
        return page.statusCode() == 200 ? categoryTotal(page.body()) : -1;
    }

    /** The sum of the category facet: every product has one category, and there are fewer than 20 of them. */
    private static long categoryTotal(String body) {
        int start = body.indexOf("\"category\":[");
        int end = body.indexOf(']', start);
        long total = 0;
        Matcher count = COUNT.matcher(body.substring(start, end));
        while (count.find()) {
            total += Long.parseLong(count.group(1));
        }
        return total;
    }

    private List<Sample> latency(int rate, int seconds) throws InterruptedException {
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
                boolean search = i % 2 == 0;
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + (search ? searchPath() : suggestPath())))
                        .timeout(Duration.ofSeconds(10)).GET().build();
                threads.submit(() -> {
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    samples.add(new Sample(search ? "search" : "suggest", System.nanoTime() - due, status));
                });
            }
        }
        return new ArrayList<>(samples);
    }

    private static String searchPath() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder path = new StringBuilder("/api/v1/search/products?q=")
                .append(random.nextBoolean() ? pick(NOUNS) : pick(ADJECTIVES) + "+" + pick(MATERIALS))
                .append("&sort=").append(pick(SORTS));
        if (random.nextInt(2) == 0) {
            path.append("&category=").append(pick(CATEGORIES));
        }
        if (random.nextInt(3) == 0) {
            long min = random.nextLong(0, 5_000);
            path.append("&minPrice=").append(min).append("&maxPrice=").append(min + random.nextLong(500, 10_000));
        }
        return path.toString();
    }

    private static String suggestPath() {
        List<String> words = ThreadLocalRandom.current().nextBoolean() ? NOUNS : ADJECTIVES;
        String word = pick(words);
        return "/api/v1/search/suggest?prefix=" + word.substring(0, Math.min(word.length(),
                ThreadLocalRandom.current().nextInt(1, 5)));
    }

    private void freshness(List<String> ids, int updates) throws InterruptedException {
        ConcurrentLinkedQueue<Long> found = new ConcurrentLinkedQueue<>();
        AtomicLong missed = new AtomicLong();
        Semaphore inFlight = new Semaphore(FRESHNESS_CONCURRENCY);
        // Each rename a different product: two renames of one product at once would hide the first new title
        // from its own search, a miss of the driver's making.
        List<String> targets = new ArrayList<>(ids);
        Collections.shuffle(targets);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < updates; i++) {
                inFlight.acquire();
                String id = targets.get(i % targets.size());
                threads.submit(() -> {
                    try {
                        long nanos = renameAndFind(id);
                        if (nanos < 0) {
                            missed.incrementAndGet();
                        } else {
                            found.add(nanos);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        long[] sorted = found.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println("   no update became findable");
            return;
        }
        System.out.printf(Locale.ROOT, "   %d findable, %d not within 30 s: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                sorted.length, missed.get(), at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nanoseconds from sending the rename until search finds the product by its new word; -1 if not within 30 s. */
    private long renameAndFind(String id) {
        String word = randomWord(12);
        long sent = System.nanoTime();
        HttpResponse<String> patched = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/products/" + id))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"" + word + " renamed\"}")), true);
        if (patched.statusCode() != 200) {
            System.out.println("   rename of " + id + " answered " + patched.statusCode());
            return -1;
        }
        URI search = URI.create(gateway + "/api/v1/search/products?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)
                + "&creatorId=" + creatorId);
        long deadline = sent + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(search).GET(), false);
            if (page.statusCode() == 200 && page.body().contains(id)) {
                return System.nanoTime() - sent;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return -1;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean authenticated) {
        if (authenticated) {
            request.header("Authorization", "Bearer " + token());
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.build().uri() + " failed", e);
        }
    }

    /** The creator's access token, logged in again before it would expire. */
    private synchronized String token() {
        if (token == null || System.nanoTime() - tokenTakenAt > TOKEN_LIFE.toNanos()) {
            HttpRequest login = HttpRequest.newBuilder(URI.create(userSvc + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build();
            try {
                Matcher accessToken = ACCESS_TOKEN.matcher(http.send(login, HttpResponse.BodyHandlers.ofString()).body());
                if (!accessToken.find()) {
                    throw new IllegalStateException("login as " + email + " gave no token");
                }
                token = accessToken.group(1);
                tokenTakenAt = System.nanoTime();
            } catch (IOException e) {
                throw new IllegalStateException("login failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    private static String productJson(int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String adjective = pick(ADJECTIVES);
        String noun = pick(NOUNS);
        String material = pick(MATERIALS);
        String title = capitalised(adjective) + " " + noun + " in " + material + " no. " + n;
        String description = "A " + adjective + " " + noun + " made of " + material + ", " + pick(ADJECTIVES)
                + " and " + pick(ADJECTIVES) + ", from a small batch.";
        return "{\"title\":\"" + title + "\",\"description\":\"" + description + "\",\"category\":\""
                + pick(CATEGORIES) + "\",\"price\":{\"amount\":" + random.nextLong(100, 20_000)
                + ",\"currency\":\"EUR\"},\"tags\":[\"" + material + "\",\"" + noun + "\"]}";
    }

    private static void report(List<Sample> samples) {
        System.out.printf(Locale.ROOT, "%-8s %8s %8s %9s %9s %9s %9s %9s%n",
                "kind", "requests", "non-2xx", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms");
        for (String kind : List.of("search", "suggest")) {
            long[] latencies = samples.stream().filter(s -> s.kind().equals(kind))
                    .mapToLong(Sample::latencyNanos).sorted().toArray();
            long failures = samples.stream().filter(s -> s.kind().equals(kind))
                    .filter(s -> s.status() < 200 || s.status() > 299).count();
            Map<Integer, Long> statuses = samples.stream().filter(s -> s.kind().equals(kind))
                    .collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
            System.out.printf(Locale.ROOT, "%-8s %8d %8d %9.2f %9.2f %9.2f %9.2f %9.2f  statuses %s%n", kind,
                    latencies.length, failures, at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99),
                    at(latencies, 0.999), latencies[latencies.length - 1] / 1e6, statuses);
        }
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String pick(List<String> words) {
        return words.get(ThreadLocalRandom.current().nextInt(words.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String randomWord(int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
