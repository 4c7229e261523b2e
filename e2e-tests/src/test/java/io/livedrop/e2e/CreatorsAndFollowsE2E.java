package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fan becomes a creator, another fan follows, lists and counts agree, an admin verifies. */
class CreatorsAndFollowsE2E {

    private static final String ADMIN_EMAIL = "admin@livedrop.local";
    private static final String ADMIN_PASSWORD = "local-admin-password";

    @Test
    void creatorIsFollowedCountedUnfollowedAndVerified() {
        Fans.SignedIn owner = Fans.signUpAndLogIn("Studio Owner");
        Fans.SignedIn fan = Fans.signUpAndLogIn("Loyal Fan");
        String handle = "studio_" + UUID.randomUUID().toString().substring(0, 8);

        Api.Answer page = Api.post("/api/v1/creators", owner.accessToken(),
                Map.of("handle", handle, "displayName", "The Studio", "bio", "Limited prints"));
        assertThat(page.status()).as(page.raw().body()).isEqualTo(201);
        String creatorId = page.text("id");
        assertThat(Api.get("/api/v1/creators/" + handle.toUpperCase(), null).text("id")).isEqualTo(creatorId);

        // follow-svc learns the creator from creator-svc's event.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.put("/api/v1/creators/" + creatorId + "/followers/me", fan.accessToken(), null).status() == 204);
        assertThat(Api.put("/api/v1/creators/" + creatorId + "/followers/me", fan.accessToken(), null).status())
                .as("following again changes nothing").isEqualTo(204);
        assertThat(Api.put("/api/v1/creators/" + creatorId + "/followers/me", owner.accessToken(), null).status())
                .as("nobody follows themselves").isEqualTo(422);

        Api.Answer followers = Api.get("/api/v1/creators/" + creatorId + "/followers", null);
        assertThat(followers.body().get("items")).hasSize(1);
        assertThat(followers.body().get("items").get(0).get("userId").asString()).isEqualTo(fan.id());
        assertThat(Api.get("/api/v1/users/" + fan.id() + "/following", null).body().get("items").get(0)
                .get("creatorId").asString()).isEqualTo(creatorId);
        // Counts are served from Redis, refreshed by the coalesced count publisher about once a second.
        await().atMost(Duration.ofSeconds(10)).until(() -> followerCount(creatorId) == 1);
        assertThat(Api.get("/api/v1/users/me/following/" + creatorId, fan.accessToken()).body().get("following")
                .asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/creators/" + creatorId, null).body().get("followerCount").asLong() == 1);

        assertThat(Api.delete("/api/v1/creators/" + creatorId + "/followers/me", fan.accessToken()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> followerCount(creatorId) == 0);
        assertThat(Api.get("/api/v1/users/me/following/" + creatorId, fan.accessToken()).body().get("following")
                .asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/creators/" + creatorId, null).body().get("followerCount").asLong() == 0);

        assertThat(Api.post("/api/v1/creators/" + creatorId + "/verification-requests", owner.accessToken(), null)
                .status()).isEqualTo(202);
        assertThat(Api.post("/api/v1/admin/creators/" + creatorId + "/verification", fan.accessToken(),
                Map.of("approved", true)).status()).as("only an admin decides").isEqualTo(403);
        String admin = Api.post("/api/v1/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
        assertThat(Api.post("/api/v1/admin/creators/" + creatorId + "/verification", admin,
                Map.of("approved", true)).status()).isEqualTo(200);
        // Anonymous reads may come from the gateway's cache until creator.updated evicts it, moments later.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                Api.get("/api/v1/creators/" + creatorId, null).body().get("verified").asBoolean());
    }

    private static long followerCount(String creatorId) {
        return Api.get("/api/v1/creators/" + creatorId + "/follower-count", null).body().get("followerCount").asLong();
    }

    @Test
    void creatorGainsTheCreatorRoleOnTheNextToken() {
        Fans.SignedIn owner = Fans.signUpAndLogIn("Soon Creator");
        String handle = "maker_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.post("/api/v1/creators", owner.accessToken(),
                Map.of("handle", handle, "displayName", "Maker")).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Answer refreshed = Fans.logIn(owner.email());
            return Api.get("/api/v1/users/me", refreshed.text("accessToken")).body().get("roles").toString()
                    .contains("CREATOR");
        });
    }

    @Test
    void reservedOrTakenHandlesAreRefused() {
        Fans.SignedIn first = Fans.signUpAndLogIn("First Maker");
        Fans.SignedIn second = Fans.signUpAndLogIn("Second Maker");
        String handle = "taken_" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(Api.post("/api/v1/creators", first.accessToken(), Map.of("handle", "admin", "displayName", "X"))
                .status()).isEqualTo(400);
        assertThat(Api.post("/api/v1/creators", first.accessToken(), Map.of("handle", handle, "displayName", "X"))
                .status()).isEqualTo(201);
        assertThat(Api.post("/api/v1/creators", second.accessToken(),
                Map.of("handle", handle.toUpperCase(), "displayName", "Y")).status()).isEqualTo(409);
    }
}
