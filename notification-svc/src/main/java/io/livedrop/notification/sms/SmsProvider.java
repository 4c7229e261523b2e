package io.livedrop.notification.sms;

import java.util.UUID;

/** An SMS gateway (Twilio, a carrier, a vendor); this build ships an HTTP webhook. Throwing means "retry later". */
public interface SmsProvider {

    void send(TextMessage message) throws Exception;

    /** @param to the user's number in E.164 form */
    record TextMessage(UUID notificationId, UUID userId, String to, String text) {
    }
}
