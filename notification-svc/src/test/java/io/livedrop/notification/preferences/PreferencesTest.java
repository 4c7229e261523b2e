package io.livedrop.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PreferencesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aWindowSpanningMidnightHoldsUntilTheNextMorning() {
        Preferences user = quiet("22:00", "07:00", BERLIN);

        // 23:30 in Berlin (UTC+1 in January)
        assertThat(user.quietUntil(Instant.parse("2025-01-10T22:30:00Z"))).contains(Instant.parse("2025-01-11T06:00:00Z"));
        // 03:00 in Berlin
        assertThat(user.quietUntil(Instant.parse("2025-01-11T02:00:00Z"))).contains(Instant.parse("2025-01-11T06:00:00Z"));
        // 12:00 in Berlin
        assertThat(user.quietUntil(Instant.parse("2025-01-11T11:00:00Z"))).isEmpty();
    }

    @Test
    void aWindowWithinOneDayHoldsUntilItsEnd() {
        Preferences user = quiet("13:00", "15:00", ZoneId.of("UTC"));

        assertThat(user.quietUntil(Instant.parse("2025-06-01T13:00:00Z"))).contains(Instant.parse("2025-06-01T15:00:00Z"));
        assertThat(user.quietUntil(Instant.parse("2025-06-01T15:00:00Z"))).isEmpty();
        assertThat(user.quietUntil(Instant.parse("2025-06-01T12:59:59Z"))).isEmpty();
    }

    @Test
    void withoutQuietHoursNothingIsHeldBack() {
        assertThat(Preferences.defaults(UUID.randomUUID()).quietUntil(Instant.now())).isEmpty();
        assertThat(quiet("08:00", "08:00", BERLIN).quietUntil(Instant.now())).isEmpty();
    }

    @Test
    void emailNeedsBothConsentAndAnAddress() {
        UUID id = UUID.randomUUID();
        assertThat(Preferences.defaults(id).wantsEmail()).isFalse();
        assertThat(new Preferences(id, "a@example.org", true, true, true, false, null, null, null, null).wantsEmail())
                .isTrue();
        assertThat(new Preferences(id, "a@example.org", true, false, true, false, null, null, null, null).wantsEmail())
                .isFalse();
    }

    @Test
    void smsIsOffUntilTurnedOnAndNeedsANumber() {
        UUID id = UUID.randomUUID();
        assertThat(Preferences.defaults(id).wantsSms()).isFalse();
        assertThat(new Preferences(id, null, true, true, true, true, "+4915112345678", null, null, null).wantsSms())
                .isTrue();
        assertThat(new Preferences(id, null, true, true, true, false, "+4915112345678", null, null, null).wantsSms())
                .isFalse();
        assertThat(new Preferences(id, null, true, true, true, true, null, null, null, null).wantsSms()).isFalse();
    }

    private static Preferences quiet(String start, String end, ZoneId zone) {
        return new Preferences(UUID.randomUUID(), "a@example.org", true, true, true, false, null, LocalTime.parse(start),
                LocalTime.parse(end), zone);
    }
}
