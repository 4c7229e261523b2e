package io.livedrop.notification.websocket;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the live relay's Redis subscription at start-up, trying again while Redis does not answer in
 * time: when several services start at once on a small machine, the first handshake can outlast the
 * client's timeout, and one slow answer should not stop the service. Start-up waits for the
 * subscription, so the service reports ready only once it can hear broadcasts; a Redis that stays away
 * for the whole patience still fails the start.
 */
final class SubscriptionStart implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionStart.class);

    private final Lifecycle subscription;
    private final Duration patience;
    private final Duration pause;
    private volatile boolean running;

    SubscriptionStart(Lifecycle subscription, Duration patience, Duration pause) {
        this.subscription = subscription;
        this.patience = patience;
        this.pause = pause;
    }

    @Override
    public void start() {
        Instant giveUp = Instant.now().plus(patience);
        for (int attempt = 1;; attempt++) {
            try {
                subscription.start();
                running = true;
                return;
            }
            catch (RuntimeException ex) {
                // A failed start leaves the container marked started; reset it so the next try subscribes.
                subscription.stop();
                if (Instant.now().plus(pause).isAfter(giveUp)) {
                    throw ex;
                }
                log.warn("Redis subscription failed (attempt {}), trying again in {}: {}", attempt, pause,
                        ex.toString());
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pause);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to subscribe to Redis", ex);
        }
    }

    @Override
    public void stop() {
        running = false;
        subscription.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
