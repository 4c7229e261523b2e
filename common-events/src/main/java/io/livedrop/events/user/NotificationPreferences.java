package io.livedrop.events.user;

/** Which channels a user wants; quiet hours are optional. */
public record NotificationPreferences(boolean push, boolean email, boolean websocket, QuietHours quietHours) {
}
