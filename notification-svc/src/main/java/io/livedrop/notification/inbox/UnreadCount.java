package io.livedrop.notification.inbox;

record UnreadCount(long count) {
}
