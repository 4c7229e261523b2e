package io.livedrop.notification.preferences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Where and when one user wants to be told, from livedrop.users. A user the service has not heard of
 * yet gets user-svc's defaults: every channel on but SMS, no quiet hours, no email address or number known.
 *
 * @param quietStart with {@code quietEnd} and {@code quietZone}: a daily window in which push, SMS and email wait
 */
public record Preferences(UUID userId, String email, boolean push, boolean emailEnabled, boolean websocket,
        boolean sms, String phoneNumber, LocalTime quietStart, LocalTime quietEnd, ZoneId quietZone) {

    public static Preferences defaults(UUID userId) {
        return new Preferences(userId, null, true, true, true, false, null, null, null, null);
    }

    public boolean wantsEmail() {
        return emailEnabled && email != null && !email.isBlank();
    }

    public boolean wantsSms() {
        return sms && phoneNumber != null && !phoneNumber.isBlank();
    }

    /**
     * When push, SMS and email may go out, if {@code now} falls in quiet hours: the window's end. A window whose
     * end is before its start spans midnight (22:00 to 07:00); equal start and end means no window.
     */
    public Optional<Instant> quietUntil(Instant now) {
        if (quietStart == null || quietEnd == null || quietZone == null || quietStart.equals(quietEnd)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(quietZone);
        LocalTime time = local.toLocalTime();
        LocalDate today = local.toLocalDate();
        if (quietStart.isBefore(quietEnd)) {
            boolean inside = !time.isBefore(quietStart) && time.isBefore(quietEnd);
            return inside ? Optional.of(today.atTime(quietEnd).atZone(quietZone).toInstant()) : Optional.empty();
        }
        if (!time.isBefore(quietStart)) {
            return Optional.of(today.plusDays(1).atTime(quietEnd).atZone(quietZone).toInstant());
        }
        if (time.isBefore(quietEnd)) {
            return Optional.of(today.atTime(quietEnd).atZone(quietZone).toInstant());
        }
        return Optional.empty();
    }
}
