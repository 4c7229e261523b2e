package io.livedrop.perf.gatling;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ws;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * "Live now" to many followers at once: {@code fans} followers of one creator connect their
 * notification WebSockets through the gateway over {@code ramp}; the creator's drop starts
 * {@code lead} after the last one is connected; each socket waits for the {@code drop.started}
 * message. Reported as {@code live now after the scheduled start}: from the drop's scheduled start
 * to the message's arrival, so the report's percentiles are the fan-out's latency as followers see it.
 */
public class NotificationFanOutSimulation extends Simulation {

    private static final String LIVE_NOW = "live now after the scheduled start";

    private final int fanCount = Parameters.number("fans", 500);
    private final Duration ramp = Parameters.seconds("ramp", 20);
    private final Duration lead = Parameters.seconds("lead", 10);
    /** How long a socket waits for the message after the scheduled start before it counts as missed. */
    private final Duration patience = Parameters.seconds("patience", 60);

    private final LiveDropApi api = LiveDropApi.fromParameters();
    private final Outcomes outcomes = new Outcomes();
    private volatile List<LiveDropApi.Account> fans;
    private volatile LiveDropApi.Drop drop;

    {
        setUp(scenario("notification fan-out")
                .exec(feed(InTurn.feeder(() -> fans, fan -> Map.of("token", fan.token()))))
                .exec(session -> session.remove("liveNow"))
                .exec(ws("connect").connect("/ws/notifications?access_token=#{token}")
                        .await(session -> Duration.between(Instant.now(), drop.startsAt()).plus(patience))
                        .on(ws.checkTextMessage("live now (since connect)")
                                .matching(substring("drop.started"))
                                .check(bodyString().saveAs("liveNow"))))
                .exec(ReportResponse.as(this::arrival))
                .exec(ws("close").close())
                .injectOpen(rampUsers(fanCount).during(ramp)))
                .protocols(Gateway.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Parameters.announce("NotificationFanOut", "%d followers connecting over %s, the drop starting %s after"
                .formatted(fanCount, ramp, lead));
        LiveDropApi.Studio studio = api.openStudio("Fan-out Studio");
        String productId = api.listProduct(studio, "Fan-out print " + UUID.randomUUID().toString().substring(0, 6),
                "prints", List.of("limited"));
        List<LiveDropApi.Account> followers = api.signUp(fanCount, "follower");
        api.inParallel(followers.size(), index -> {
            api.follow(followers.get(index), studio.creatorId());
            return index;
        });
        LiveDropApi.until(Duration.ofSeconds(60), fanCount + " followers counted", () ->
                api.followerCount(studio.creatorId()) >= fanCount ? Boolean.TRUE : null);
        fans = followers;
        // Scheduled last, so that the start is counted from when the sockets begin to connect.
        drop = api.scheduleDrop(studio, productId, 10, 1, ramp.plus(lead), Duration.ofMinutes(30));
        System.out.printf("drop %s of creator %s starts at %s%n", drop.id(), studio.creatorId(), drop.startsAt());
    }

    private ReportResponse.Measured arrival(Session session) {
        long now = System.currentTimeMillis();
        long start = drop.startsAt().toEpochMilli();
        return outcomes.note(session.contains("liveNow")
                ? new ReportResponse.Measured(LIVE_NOW, start, now, true, "message")
                : new ReportResponse.Measured("live now missed", start, now, false, "none"));
    }

    @Override
    public void after() {
        outcomes.table().forEach(System.out::println);
    }
}
