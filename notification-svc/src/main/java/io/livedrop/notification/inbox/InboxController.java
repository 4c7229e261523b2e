package io.livedrop.notification.inbox;

import java.util.UUID;

import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InboxController {

    private final InboxRepository inbox;

    InboxController(InboxRepository inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/notifications")
    CursorPage<NotificationItem> list(CurrentUser caller, CursorRequest request) {
        return CursorPage.of(inbox.page(caller.id(), request), request,
                item -> Cursor.of(item.createdAt(), item.id()));
    }

    @GetMapping("/api/v1/notifications/unread-count")
    UnreadCount unreadCount(CurrentUser caller) {
        return new UnreadCount(inbox.unreadCount(caller.id()));
    }

    @PostMapping("/api/v1/notifications/{notificationId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(CurrentUser caller, @PathVariable UUID notificationId) {
        // Someone else's notification answers like a missing one: its existence is not the caller's business.
        if (!inbox.markRead(caller.id(), notificationId)) {
            throw ProblemException.notFound("No notification " + notificationId);
        }
    }
}
