package io.livedrop.notification.preferences;

import java.util.UUID;

/** The user's notification preferences were stored anew (published inside that transaction). */
public record PreferencesChanged(UUID userId) {
}
