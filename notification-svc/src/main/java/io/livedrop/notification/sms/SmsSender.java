package io.livedrop.notification.sms;

import io.livedrop.notification.delivery.ChannelSender;
import io.livedrop.notification.delivery.Channels;
import io.livedrop.notification.delivery.Outgoing;

/** The SMS channel, through whichever provider is configured: the title and body as one short text. */
class SmsSender implements ChannelSender {

    private final SmsProvider provider;

    SmsSender(SmsProvider provider) {
        this.provider = provider;
    }

    @Override
    public String channel() {
        return Channels.SMS;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        if (message.phoneNumber() == null) {
            // The user removed their number after the delivery was planned: it fails like any send, until given up.
            throw new IllegalStateException("no phone number known for the user");
        }
        provider.send(new SmsProvider.TextMessage(message.notificationId(), message.userId(), message.phoneNumber(),
                message.title() + "\n" + message.body()));
    }
}
