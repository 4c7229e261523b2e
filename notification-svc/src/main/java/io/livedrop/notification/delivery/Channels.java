package io.livedrop.notification.delivery;

import io.livedrop.notification.preferences.Preferences;

/** The channels besides the inbox and WebSocket, each sent by a {@link ChannelSender} when one is configured. */
public final class Channels {

    public static final String EMAIL = "email";
    public static final String PUSH = "push";
    public static final String SMS = "sms";

    private Channels() {
    }

    static boolean wants(Preferences user, String channel) {
        return switch (channel) {
            case EMAIL -> user.wantsEmail();
            case PUSH -> user.push();
            case SMS -> user.wantsSms();
            default -> false;
        };
    }
}
