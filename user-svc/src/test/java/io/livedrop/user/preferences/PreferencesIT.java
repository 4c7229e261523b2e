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

    private static final String PHONE_NUMBER = "+4915112345678";

    @Test
    void newAccountHasEveryChannelButSmsNoPhoneNumberAndNoQuietHours() {
        Session fan = aSignedInFan();

        Api.Response preferences = api.get(PATH, fan.accessToken());

        assertThat(preferences.status()).isEqualTo(200);
        JsonNode channels = preferences.json().path("channels");
        assertThat(channels.path("push").asBoolean()).isTrue();
        assertThat(channels.path("email").asBoolean()).isTrue();
        assertThat(channels.path("websocket").asBoolean()).isTrue();
        assertSmsOff(channels);
        assertThat(preferences.json().has("phoneNumber")).isFalse();
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
            assertThat(updated.preferences()).isEqualTo(new NotificationPreferences(false, true, true, false, null,
                    new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30), "Europe/Berlin")));
        }
    }

    @Test
    void smsToAPhoneNumberIsStoredAndPublishedInUserUpdated() {
        Session fan = aSignedInFan();
        try (TopicProbe probe = TopicProbe.from(Topics.USERS)) {
            Api.Response put = api.send("PUT", PATH, withSms(true, PHONE_NUMBER), fan.accessToken());

            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            JsonNode stored = api.get(PATH, fan.accessToken()).json();
            assertThat(stored.path("channels").path("sms").booleanValue()).isTrue();
            assertThat(stored.path("phoneNumber").asString()).isEqualTo(PHONE_NUMBER);

            UserUpdated updated = (UserUpdated) awaitEvent(probe, event -> event.data() instanceof UserUpdated user
                    && user.userId().equals(fan.id())).data();
            assertThat(updated.preferences())
                    .isEqualTo(new NotificationPreferences(true, true, true, true, PHONE_NUMBER, null));
        }
    }

    @Test
    void aClientFromBeforeSmsSwitchesItOffAndRemovesThePhoneNumber() {
        Session fan = aSignedInFan();
        api.send("PUT", PATH, withSms(true, PHONE_NUMBER), fan.accessToken());

        // No sms and no phoneNumber: all that a client written before SMS existed knows to send.
        Api.Response put = api.send("PUT", PATH, preferences(true, true, true, null), fan.accessToken());

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertSmsOff(put.json().path("channels"));
        assertThat(put.json().has("phoneNumber")).isFalse();
        assertSmsOff(api.get(PATH, fan.accessToken()).json().path("channels"));
    }

    @Test
    void aPhoneNumberIsKeptWithSmsOff() {
        Session fan = aSignedInFan();

        Api.Response put = api.send("PUT", PATH, withSms(false, PHONE_NUMBER), fan.accessToken());

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode stored = api.get(PATH, fan.accessToken()).json();
        assertSmsOff(stored.path("channels"));
        assertThat(stored.path("phoneNumber").asString()).isEqualTo(PHONE_NUMBER);
    }

    @Test
    void aPhoneNumberMustBeInE164Form() {
        Session fan = aSignedInFan();

        for (String notE164 : new String[] { "015112345678", "+49 151 12345678", "+0151123456", "+49151", "" }) {
            Api.Response put = api.send("PUT", PATH, withSms(true, notE164), fan.accessToken());

            assertThat(put.status()).as(notE164).isEqualTo(400);
            assertThat(put.problemType()).isEqualTo("https://livedrop.io/problems/validation");
            assertThat(put.invalidFields()).as(notE164).containsExactly("phoneNumber");
            assertThat(put.json().path("errors").path(0).path("message").asString()).contains("E.164");
        }
        assertThat(api.get(PATH, fan.accessToken()).json().has("phoneNumber")).isFalse();
    }

    @Test
    void smsNeedsAPhoneNumber() {
        Session fan = aSignedInFan();

        Api.Response put = api.send("PUT", PATH, withSms(true, null), fan.accessToken());

        assertThat(put.status()).as(put.toString()).isEqualTo(400);
        assertThat(put.invalidFields()).containsExactly("phoneNumber");
        assertThat(put.json().path("errors").path(0).path("message").asString()).isEqualTo("is needed to send SMS");
        assertSmsOff(api.get(PATH, fan.accessToken()).json().path("channels"));
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

    /** SMS is always in the answer, never left out. */
    private static void assertSmsOff(JsonNode channels) {
        assertThat(channels.path("sms").isBoolean()).as(channels.toString()).isTrue();
        assertThat(channels.path("sms").booleanValue()).isFalse();
    }

    /** Preferences as a client that knows SMS sends them: the other channels on, no quiet hours. */
    private static Map<String, Object> withSms(boolean sms, String phoneNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channels", Map.of("push", true, "email", true, "websocket", true, "sms", sms));
        if (phoneNumber != null) {
            body.put("phoneNumber", phoneNumber);
        }
        return body;
    }

    /** Preferences as a client written before SMS existed sends them: no {@code sms}, no {@code phoneNumber}. */
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
