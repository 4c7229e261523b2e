package io.livedrop.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.user.UserUpdated;
import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

class ProfileIT extends HttpIntegration {

    @Test
    void meIsTheCallersAccount() {
        Session fan = aSignedInFan();

        Api.Response me = api.get("/api/v1/users/me", fan.accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(fan.id().toString());
        assertThat(me.json().path("email").asString()).isEqualTo(fan.email());
        assertThat(me.json().path("roles").valueStream().map(role -> role.asString())).containsExactly("FAN");
        assertThat(me.json().path("createdAt").isMissingNode()).isFalse();
    }

    @Test
    void meNeedsAnAccessToken() {
        Api.Response response = api.get("/api/v1/users/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("https://livedrop.io/problems/unauthorized");
    }

    @Test
    void renamingChangesTheProfileAndPublishesUserUpdated() {
        Session fan = aSignedInFan();
        try (TopicProbe probe = TopicProbe.from(Topics.USERS)) {
            Api.Response renamed = api.send("PATCH", "/api/v1/users/me", Map.of("displayName", "Renamed Fan"),
                    fan.accessToken());

            assertThat(renamed.status()).isEqualTo(200);
            assertThat(renamed.json().path("displayName").asString()).isEqualTo("Renamed Fan");
            assertThat(api.get("/api/v1/users/" + fan.id()).json().path("displayName").asString())
                    .isEqualTo("Renamed Fan");
            UserUpdated updated = (UserUpdated) awaitEvent(probe, event -> event.data() instanceof UserUpdated user
                    && user.userId().equals(fan.id())).data();
            assertThat(updated.displayName()).isEqualTo("Renamed Fan");
            assertThat(updated.preferences()).isNotNull();
        }
    }

    @Test
    void patchWithoutFieldsChangesNothing() {
        Session fan = aSignedInFan();
        String before = api.get("/api/v1/users/me", fan.accessToken()).body();

        Api.Response response = api.send("PATCH", "/api/v1/users/me", Map.of(), fan.accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(before);
    }

    @Test
    void invalidDisplayNameIsNamed() {
        Session fan = aSignedInFan();
        for (String name : new String[] { "", "   ", "n".repeat(61) }) {
            Api.Response response = api.send("PATCH", "/api/v1/users/me", Map.of("displayName", name), fan.accessToken());

            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.invalidFields()).as(name).containsExactly("displayName");
        }
    }

    @Test
    void publicProfileShowsOnlyIdAndDisplayNameToAnyone() {
        Session fan = aSignedInFan();

        Api.Response profile = api.get("/api/v1/users/" + fan.id());

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().propertyNames()).containsExactlyInAnyOrder("id", "displayName");
        assertThat(profile.json().path("id").asString()).isEqualTo(fan.id().toString());
    }

    @Test
    void unknownUserIsNotFound() {
        Api.Response response = api.get("/api/v1/users/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("https://livedrop.io/problems/not-found");
    }
}
