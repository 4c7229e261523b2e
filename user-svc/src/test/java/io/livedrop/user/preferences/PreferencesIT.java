package io.livedrop.user.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import io.livedrop.events.Topics;
import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.events.user.QuietHours;
import io.livedrop.events.user.UserUpdated;
import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class PreferencesIT extends HttpIntegration {

    private static final String PATH = "/api/v1/users/me/preferences";

    @Test
    void newAccountHasEveryChannelAndNoQuietHours() {
        Session fan = aSignedInFan();

        Api.Response preferences = api.get(PATH, fan.accessToken());

        assertThat(preferences.status()).isEqualTo(200);
        JsonNode channels = preferences.json().path("channels");
        assertThat(channels.path("push").asBoolean()).isTrue();
        assertThat(channels.path("email").asBoolean()).isTrue();
        assertThat(channels.path("websocket").asBoolean()).isTrue();
        assertThat(preferences.json().has("quietHours")).isFalse();
    }

    @Test
    void putReplacesThePreferencesAndPublishesThemInUserUpdated() {
        Session fan = aSignedInFan();
        try (TopicProbe probe = TopicProbe.from(Topics.USERS)) {
            Api.Response put = api.send("PUT", PATH, preferences(false, true, true,
                    Map.of("start", "22:00", "end", "07:30", "zone", "Europe/Berlin")), fan.accessToken());

            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            JsonNode stored = api.get(PATH, fan.accessToken()).json();
            assertThat(stored.path("channels").path("push").asBoolean()).isFalse();
            assertThat(LocalTime.parse(stored.path("quietHours").path("start").asString())).isEqualTo(LocalTime.of(22, 0));
            assertThat(LocalTime.parse(stored.path("quietHours").path("end").asString())).isEqualTo(LocalTime.of(7, 30));
            assertThat(stored.path("quietHours").path("zone").asString()).isEqualTo("Europe/Berlin");

            UserUpdated updated = (UserUpdated) awaitEvent(probe, event -> event.data() instanceof UserUpdated user
                    && user.userId().equals(fan.id())).data();
            assertThat(updated.preferences()).isEqualTo(new NotificationPreferences(false, true, true,
                    new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30), "Europe/Berlin")));
        }
    }

    @Test
    void quietHoursLeftOutAreSwitchedOff() {
        Session fan = aSignedInFan();
        api.send("PUT", PATH, preferences(true, true, true, Map.of("start", "22:00", "end", "07:00", "zone", "UTC")),
                fan.accessToken());

        Api.Response put = api.send("PUT", PATH, preferences(true, false, true, null), fan.accessToken());

        assertThat(put.status()).isEqualTo(200);
        assertThat(api.get(PATH, fan.accessToken()).json().has("quietHours")).isFalse();
    }

    @Test
    void invalidPreferencesAreNamed() {
        Session fan = aSignedInFan();

        assertThat(api.send("PUT", PATH, Map.of(), fan.accessToken()).invalidFields()).containsExactly("channels");
        assertThat(api.send("PUT", PATH, Map.of("channels", Map.of("push", true, "email", true)), fan.accessToken())
                .invalidFields()).containsExactly("channels.websocket");
        assertThat(api.send("PUT", PATH, preferences(true, true, true, Map.of("end", "07:00", "zone", "UTC")),
                fan.accessToken()).invalidFields()).containsExactly("quietHours.start");
        assertThat(api.send("PUT", PATH, preferences(true, true, true,
                Map.of("start", "22:00", "end", "07:00", "zone", "Mars/Olympus_Mons")), fan.accessToken())
                .invalidFields()).containsExactly("quietHours.zone");
        assertThat(api.send("PUT", PATH, preferences(true, true, true,
                Map.of("start", "22:00", "end", "22:00", "zone", "UTC")), fan.accessToken())
                .invalidFields()).containsExactly("quietHours.end");
    }

    @Test
    void preferencesNeedAnAccessToken() {
        assertThat(api.get(PATH).status()).isEqualTo(401);
        assertThat(api.send("PUT", PATH, preferences(true, true, true, null), null).status()).isEqualTo(401);
    }

    private static Map<String, Object> preferences(boolean push, boolean email, boolean websocket,
            Map<String, String> quietHours) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channels", Map.of("push", push, "email", email, "websocket", websocket));
        if (quietHours != null) {
            body.put("quietHours", quietHours);
        }
        return body;
    }
}
