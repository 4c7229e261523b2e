package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.user.UserCreated;
import io.livedrop.testinfra.TopicProbe;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client developer's first hour: sign up, log in, profile, preferences, refresh, log out. */
class AccountsE2E {

    @Test
    void fanSignsUpManagesTheProfileRefreshesAndLogsOut() {
        try (TopicProbe users = TopicProbe.from(Topics.USERS)) {
            Fans.SignedIn fan = Fans.signUpAndLogIn("Mira");

            Api.Answer me = Api.get("/api/v1/users/me", fan.accessToken());
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.text("email")).isEqualTo(fan.email());
            assertThat(me.body().get("roles").toString()).contains("FAN");

            Api.Answer renamed = Api.patch("/api/v1/users/me", fan.accessToken(), Map.of("displayName", "Mira K."));
            assertThat(renamed.status()).isEqualTo(200);
            assertThat(Api.get("/api/v1/users/" + fan.id(), null).text("displayName")).isEqualTo("Mira K.");

            Api.Answer preferences = Api.put("/api/v1/users/me/preferences", fan.accessToken(), Map.of(
                    "channels", Map.of("push", false, "email", true, "websocket", true),
                    "quietHours", Map.of("start", "22:00", "end", "07:00", "zone", "Europe/Berlin")));
            assertThat(preferences.status()).as(preferences.raw().body()).isEqualTo(200);
            Api.Answer readBack = Api.get("/api/v1/users/me/preferences", fan.accessToken());
            assertThat(readBack.body().get("channels").get("push").asBoolean()).isFalse();
            assertThat(readBack.body().get("quietHours").get("zone").asString()).isEqualTo("Europe/Berlin");

            Api.Answer refreshed = Api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", fan.refreshToken()));
            assertThat(refreshed.status()).isEqualTo(200);
            assertThat(Api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", fan.refreshToken())).status())
                    .as("a refresh token works once").isEqualTo(401);

            String access = refreshed.text("accessToken");
            assertThat(Api.post("/api/v1/auth/logout", access, Map.of("refreshToken", refreshed.text("refreshToken")))
                    .status()).isEqualTo(204);
            assertThat(Api.get("/api/v1/users/me", access).status()).as("logout takes effect at once").isEqualTo(401);

            UserCreated created = (UserCreated) new EventCodec().decode(
                    users.await(record -> fan.id().equals(record.key()), Duration.ofSeconds(30)).value())
                    .orElseThrow().data();
            assertThat(created.displayName()).isEqualTo("Mira");
        }
    }

    @Test
    void badSignUpsAreClearProblems() {
        Api.Answer weak = Api.post("/api/v1/auth/signup", null,
                Map.of("email", "not-an-email", "password", "short", "displayName", "X"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(weak.raw().body()).contains("email", "password");

        Fans.SignedIn taken = Fans.signUpAndLogIn("First");
        assertThat(Api.post("/api/v1/auth/signup", null,
                Map.of("email", taken.email(), "password", Fans.PASSWORD, "displayName", "Second")).status())
                .isEqualTo(409);
    }

    @Test
    void wrongPasswordAndUnknownEmailLookTheSame() {
        Fans.SignedIn fan = Fans.signUpAndLogIn("Same");

        Api.Answer wrongPassword = Api.post("/api/v1/auth/login", null,
                Map.of("email", fan.email(), "password", "wrong-password-123"));
        Api.Answer unknownEmail = Api.post("/api/v1/auth/login", null,
                Map.of("email", Fans.newEmail(), "password", "wrong-password-123"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.raw().body()).isEqualTo(wrongPassword.raw().body());
    }

    @Test
    void gatewayRefusesAForgedTokenBeforeAnyService() {
        assertThat(Api.get("/api/v1/users/me", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").status()).isEqualTo(401);
    }
}
