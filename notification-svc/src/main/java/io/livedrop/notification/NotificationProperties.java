package io.livedrop.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code livedrop.notification}; defaults in application.yml. */
@ConfigurationProperties("livedrop.notification")
public record NotificationProperties(Fanout fanout, Delivery delivery, Throttle throttle, Email email, Push push,
        Sms sms, Websocket websocket, FollowerDigest followerDigest) {

    /**
     * @param lateFollowMargin followers whose row reached the projection this long before a drop's start
     *        was prepared are added at the start as well: a follow that committed just after the
     *        preparation read the followers may carry an earlier time (the inbox ignores anyone told twice)
     */
    public record Fanout(int pageSize, int batchSize, Duration lateFollowMargin) {
    }

    public record Delivery(Duration pollInterval, int batchSize, int maxAttempts, Duration initialBackoff,
            Duration maxBackoff, Duration lease) {
    }

    public record Throttle(int perMinute) {
    }

    public record Email(String from) {
    }

    /** {@code webhookUrl} null: push is off. */
    public record Push(URI webhookUrl, Duration timeout) {
    }

    /** {@code webhookUrl} null: SMS is off. */
    public record Sms(URI webhookUrl, Duration timeout) {
    }

    public record Websocket(String allowedOrigins) {
    }

    /**
     * @param window how long the first untold follow of a creator waits for others to join it in one notification
     * @param pollInterval how often each instance looks for creators to tell
     */
    public record FollowerDigest(Duration window, Duration pollInterval) {
    }
}
