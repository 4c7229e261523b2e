package io.livedrop.notification.push;

import java.util.UUID;

/** A push service (APNs, FCM, a vendor); this build ships an HTTP webhook. Throwing means "retry later". */
public interface PushProvider {

    void push(PushMessage message) throws Exception;

    record PushMessage(UUID notificationId, UUID userId, String type, String title, String body, String dataJson) {
    }
}
