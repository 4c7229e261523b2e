package io.livedrop.perf.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * A stampede on a live drop: {@code attempts} purchase attempts of one unit each, from {@code buyers}
 * signed-in users taken in turn, {@code concurrency} in flight at any time, each with its own
 * Idempotency-Key, on a drop of {@code stock} units with a per-user limit. Every answer must be 201 or
 * a 409 problem; anything else fails the run. Accepted and refused attempts are reported under
 * separate names ({@code purchase accepted}, {@code purchase refused sold-out}, ...), each with its
 * percentiles. At the end it prints the units sold as drop-svc shows them.
 *
 * <p>{@code -DbuyersFile=path} keeps the buyers' e-mail addresses between runs, so that a second run
 * logs them in instead of signing up as many again; {@code -DsummaryFile=path} receives the drop and
 * the counts as {@code key=value} lines for scripts.
 */
public class FlashSaleSimulation extends Simulation {

    private static final String ACCEPTED = "purchase accepted";

    private final int attempts = Parameters.number("attempts", 50_000);
    private final int buyerCount = Parameters.number("buyers", 2_000);
    private final int stock = Parameters.number("stock", 1_000);
    private final int perUserLimit = Parameters.number("perUserLimit", 2);
    private final int concurrency = Parameters.number("concurrency", 200);
    private final Duration startsIn = Parameters.seconds("startsIn", 5);
    private final String buyersFile = Parameters.text("buyersFile", "");
    private final String summaryFile = Parameters.text("summaryFile", "");

    private final LiveDropApi api = LiveDropApi.fromParameters();
    private final AtomicInteger usersStarted = new AtomicInteger();
    private final Outcomes outcomes = new Outcomes();
    private volatile List<LiveDropApi.Account> buyers;
    private volatile LiveDropApi.Drop drop;

    {
        ChainBuilder attempt = exec(session -> session.set("key", UUID.randomUUID().toString())
                        .remove("status").remove("responseTime").remove("problem"))
                .exec(http("purchase").post("/api/v1/orders")
                        .header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody(session -> "{\"dropId\":\"" + drop.id() + "\",\"productId\":\"" + drop.productId()
                                + "\",\"quantity\":1}"))
                        // Reported below under a name that depends on the answer.
                        .silent()
                        .check(status().saveAs("status"), responseTimeInMillis().saveAs("responseTime"),
                                regex("\"type\"\\s*:\\s*\"([^\"]*)\"").optional().saveAs("problem")))
                .exec(ReportResponse.as(this::outcome));

        setUp(scenario("flash sale")
                .exec(session -> session.set("attempts", shareOfAttempts(usersStarted.getAndIncrement())))
                .repeat(session -> session.getInt("attempts"))
                .on(feed(InTurn.feeder(() -> buyers, buyer -> Map.of("token", buyer.token()))).exec(attempt))
                .injectOpen(atOnceUsers(concurrency)))
                .protocols(Gateway.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Parameters.announce("FlashSale", "%d attempts, %d buyers, %d units, per-user limit %d, %d at a time"
                .formatted(attempts, buyerCount, stock, perUserLimit, concurrency));
        if ((long) buyerCount * perUserLimit < stock) {
            System.out.printf("note: %d buyers with a limit of %d cannot buy all %d units%n", buyerCount, perUserLimit, stock);
        }
        buyers = signedInBuyers();
        LiveDropApi.Studio studio = api.openStudio("Flash Sale Studio");
        String productId = api.listProduct(studio, "Flash print " + UUID.randomUUID().toString().substring(0, 6),
                "prints", List.of("limited"));
        drop = api.scheduleDrop(studio, productId, stock, perUserLimit, startsIn, Duration.ofHours(1));
        awaitSelling(studio.token());
        System.out.printf("drop %s is selling %d units of product %s%n", drop.id(), stock, productId);
    }

    @Override
    public void after() {
        if (drop == null) {
            return; // the data setup failed, and said why
        }
        long accepted = outcomes.count(ACCEPTED);
        outcomes.table().forEach(System.out::println);
        // drop-svc follows order-svc's events; give it a moment to catch up.
        long remaining = LiveDropApi.settled(Duration.ofSeconds(30), stock - accepted, () -> api.remaining(drop.id()));
        System.out.printf("units sold: %d of %d (drop-svc's view), accepted attempts: %d%n", stock - remaining, stock, accepted);
        if (!summaryFile.isEmpty()) {
            List<String> summary = new ArrayList<>(List.of("dropId=" + drop.id(), "productId=" + drop.productId(),
                    "stock=" + stock, "attempts=" + attempts, "soldPerDropSvc=" + (stock - remaining)));
            summary.addAll(outcomes.properties());
            write(Path.of(summaryFile), summary);
        }
    }

    /** Attempts of the n-th virtual user: an equal share, the remainder to the first ones. */
    private int shareOfAttempts(int user) {
        return attempts / concurrency + (user < attempts % concurrency ? 1 : 0);
    }

    private ReportResponse.Measured outcome(Session session) {
        long now = System.currentTimeMillis();
        if (!session.contains("status")) {
            return outcomes.note(new ReportResponse.Measured("purchase failed: no answer", now, now, false, "none"));
        }
        int status = session.getInt("status");
        long start = now - session.getInt("responseTime");
        String problem = session.contains("problem") ? lastSegment(session.getString("problem")) : "no problem type";
        return outcomes.note(switch (status) {
            case 201 -> new ReportResponse.Measured(ACCEPTED, start, now, true, "201");
            case 409 -> new ReportResponse.Measured("purchase refused " + problem, start, now, true, "409");
            default -> new ReportResponse.Measured("purchase failed " + status, start, now, false, Integer.toString(status));
        });
    }

    private List<LiveDropApi.Account> signedInBuyers() {
        Path file = buyersFile.isEmpty() ? null : Path.of(buyersFile);
        if (file != null && Files.exists(file)) {
            List<String> emails = read(file);
            if (emails.size() >= buyerCount) {
                List<LiveDropApi.Account> known = api.logIn(emails.subList(0, buyerCount));
                System.out.printf("logged in %d buyers from %s%n", known.size(), file);
                return known;
            }
        }
        List<LiveDropApi.Account> created = api.signUp(buyerCount, "buyer");
        if (file != null) {
            write(file, created.stream().map(LiveDropApi.Account::email).toList());
        }
        return created;
    }

    /**
     * Waits until order-svc sells the drop: an attempt above the per-user limit is refused as
     * {@code drop-not-live} before the start and as {@code limit-exceeded} (or {@code sold-out}, if
     * the stock is smaller) once the sale is on, and never takes a unit.
     */
    private void awaitSelling(String token) {
        String body = "{\"dropId\":\"%s\",\"productId\":\"%s\",\"quantity\":%d}"
                .formatted(drop.id(), drop.productId(), perUserLimit + 1);
        Duration wait = Duration.between(Instant.now(), drop.startsAt()).plusSeconds(60);
        LiveDropApi.until(wait, "order-svc to sell drop " + drop.id(), () -> {
            LiveDropApi.Answer probe = api.post("/api/v1/orders", token, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            boolean selling = probe.status() == 409 && List.of("limit-exceeded", "sold-out").contains(probe.problem());
            return selling ? Boolean.TRUE : null;
        });
    }

    private static String lastSegment(String type) {
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
