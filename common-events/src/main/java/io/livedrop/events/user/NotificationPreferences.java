package io.livedrop.events.user;

/**
 * Which channels a user wants; quiet hours are optional. SMS goes only to {@code phoneNumber} (E.164), which is
 * set whenever {@code sms} is on. Events from before SMS existed read as SMS off, no number.
 */
public record NotificationPreferences(boolean push, boolean email, boolean websocket, boolean sms, String phoneNumber,
        QuietHours quietHours) {
}
