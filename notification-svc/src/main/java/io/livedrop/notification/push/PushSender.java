package io.livedrop.notification.push;

import io.livedrop.notification.delivery.ChannelSender;
import io.livedrop.notification.delivery.Channels;
import io.livedrop.notification.delivery.Outgoing;

/** The push channel, through whichever provider is configured. */
class PushSender implements ChannelSender {

    private final PushProvider provider;

    PushSender(PushProvider provider) {
        this.provider = provider;
    }

    @Override
    public String channel() {
        return Channels.PUSH;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        provider.push(new PushProvider.PushMessage(message.notificationId(), message.userId(), message.type(),
                message.title(), message.body(), message.dataJson()));
    }
}
