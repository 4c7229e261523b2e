package io.livedrop.drop.lifecycle;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Each instance's clock for the drop lifecycle: it makes the due {@link Transitions}, then sleeps
 * until the next start or end is due, but never longer than the poll interval. Nothing is held in
 * memory between rounds: what is due is read from Postgres every time, so a reschedule moves the
 * timer, and an instance that was down catches up on its first round.
 */
@Component
class LifecycleTimer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LifecycleTimer.class);

    /** A due drop that another instance is moving right now is skipped; this keeps us from spinning on it. */
    static final Duration SHORTEST_WAIT = Duration.ofMillis(10);

    private final Transitions transitions;
    private final Duration pollInterval;
    private volatile boolean running;
    private Thread worker;

    LifecycleTimer(Transitions transitions, LifecycleProperties properties) {
        this.transitions = transitions;
        this.pollInterval = properties.pollInterval();
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("drop-lifecycle-timer").start(this::runUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(10));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void runUntilStopped() {
        while (running) {
            Duration wait;
            try {
                transitions.startDue();
                transitions.endDue();
                wait = waitBeforeNextRound(transitions.untilNextDue(), pollInterval);
            }
            catch (RuntimeException e) {
                log.warn("Drop lifecycle round failed, retrying in {} ms: {}", pollInterval.toMillis(), e.toString());
                wait = pollInterval;
            }
            try {
                Thread.sleep(wait);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Until the next due instant, within {@link #SHORTEST_WAIT} and the poll interval. */
    static Duration waitBeforeNextRound(Optional<Duration> untilNextDue, Duration pollInterval) {
        Duration wait = untilNextDue.filter(until -> until.compareTo(pollInterval) < 0).orElse(pollInterval);
        return wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait;
    }
}
