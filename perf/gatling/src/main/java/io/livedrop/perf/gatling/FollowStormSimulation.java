package io.livedrop.perf.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.Simulation;

/**
 * Many fans follow one creator at the same instant: {@code fans} signed-in users, all released at
 * once, each following and unfollowing {@code rounds} times and then following for good and asking
 * whether it follows. At the end the follower count must equal the number of fans.
 */
public class FollowStormSimulation extends Simulation {

    private final int fanCount = Parameters.number("fans", 500);
    private final int rounds = Parameters.number("rounds", 2);

    private final LiveDropApi api = LiveDropApi.fromParameters();
    private volatile List<LiveDropApi.Account> fans;
    private volatile LiveDropApi.Studio studio;

    {
        String followers = "/api/v1/creators/#{creatorId}/followers/me";
        setUp(scenario("follow storm")
                .exec(feed(InTurn.feeder(() -> fans, fan -> Map.of("token", fan.token(), "creatorId", studio.creatorId()))))
                .repeat(rounds).on(
                        exec(http("follow").put(followers).header("Authorization", "Bearer #{token}").check(status().is(204)))
                                .exec(http("unfollow").delete(followers).header("Authorization", "Bearer #{token}")
                                        .check(status().is(204))))
                .exec(http("follow").put(followers).header("Authorization", "Bearer #{token}").check(status().is(204)))
                .exec(http("am I following").get("/api/v1/users/me/following/#{creatorId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jsonPath("$.following").ofBoolean().is(true)))
                .injectOpen(atOnceUsers(fanCount)))
                .protocols(Gateway.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Parameters.announce("FollowStorm", "%d fans at once, %d follow/unfollow rounds each, then a follow"
                .formatted(fanCount, rounds));
        LiveDropApi.Studio page = api.openStudio("Storm Studio");
        List<LiveDropApi.Account> signedIn = api.signUp(fanCount, "storm");
        // follow-svc learns the page from creator-svc's event: one follow and unfollow shows it has.
        api.follow(signedIn.getFirst(), page.creatorId());
        LiveDropApi.Answer unfollowed = api.delete("/api/v1/creators/" + page.creatorId() + "/followers/me",
                signedIn.getFirst().token());
        if (unfollowed.status() != 204) {
            throw new IllegalStateException("unfollow: " + unfollowed.status() + " " + unfollowed.raw());
        }
        studio = page;
        fans = signedIn;
    }

    @Override
    public void after() {
        if (studio == null) {
            return; // the data setup failed, and said why
        }
        String creatorId = studio.creatorId();
        // The count is kept from follow events: let it settle.
        long counted = LiveDropApi.settled(Duration.ofSeconds(60), fanCount, () -> api.followerCount(creatorId));
        System.out.printf("follower count of %s: %d, expected %d%n", creatorId, counted, fanCount);
    }
}
