package io.livedrop.notification.fanout;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.notification.inbox.Notification;

/**
 * One slice of a fan-out on livedrop.notifications.fanout: a notification and up to batch-size recipients.
 * Internal to this service, so plain JSON rather than a CloudEvent.
 *
 * @param id the same for the same slice of the same event, so a re-planned fan-out is recognisable in logs
 * @param preparedAt when the slice was cut ahead of a drop's start, or null when it was cut just now: a
 *        prepared slice is delivered only to those of its recipients who still follow the creator
 */
record WorkItem(UUID id, UUID creatorId, Notification notification, List<UUID> recipients, Instant preparedAt) {
}
