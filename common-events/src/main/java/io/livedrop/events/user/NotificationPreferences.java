package io.livedrop.events.user;

/**
 * Which channels a user wants; quiet hours are optional. SMS goes only to {@code phoneNumber} (E.164), which is
 * set whenever {@code sms} is on. Events from before SMS existed read as SMS off, no number.
 */
public record NotificationPreferences(boolean push, boolean email, boolean websocket, boolean sms, String phoneNumber,
        QuietHours quietHours) {

    /** What a new account has, and what a consumer assumes for a user whose preferences it has not seen. */
    public static NotificationPreferences defaults() {
        // SMS is off: it costs money and needs the user's consent.
        return new NotificationPreferences(true, true, true, false, null, null);
    }
}
