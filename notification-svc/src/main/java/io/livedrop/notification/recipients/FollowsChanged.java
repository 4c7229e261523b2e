package io.livedrop.notification.recipients;

import java.util.UUID;

/** A follow of the user was added to or removed from the projection (published inside that transaction). */
public record FollowsChanged(UUID userId) {
}
