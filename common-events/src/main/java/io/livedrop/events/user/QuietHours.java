package io.livedrop.events.user;

import java.time.LocalTime;

/** A daily window, in the user's time zone, in which only the inbox is written. */
public record QuietHours(LocalTime start, LocalTime end, String zone) {
}
