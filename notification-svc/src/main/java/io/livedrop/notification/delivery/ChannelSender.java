package io.livedrop.notification.delivery;

/** Sends notifications on one outside channel; throwing means "try again later". */
public interface ChannelSender {

    /** One of {@link Channels}. */
    String channel();

    void send(Outgoing message) throws Exception;
}
