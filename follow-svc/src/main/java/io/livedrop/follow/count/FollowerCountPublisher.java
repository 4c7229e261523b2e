package io.livedrop.follow.count;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.livedrop.events.follow.FollowerCountUpdated;
import io.livedrop.events.outbox.Outbox;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalesces follower-count.updated events: each round publishes the exact count of every creator
 * whose counter rows changed since the last round, so a creator gets at most one event per
 * {@code publish-interval} however many follows arrive, and the last event after a storm carries
 * the final count. The same round refreshes the cached counts.
 */
@Component
class FollowerCountPublisher {

    private final TransactionTemplate transactions;
    private final FollowerCountRepository counts;
    private final FollowerCountCache cache;
    private final Outbox outbox;
    private final int batchSize;

    FollowerCountPublisher(TransactionTemplate transactions, FollowerCountRepository counts, FollowerCountCache cache,
            Outbox outbox, CountProperties properties) {
        this.transactions = transactions;
        this.counts = counts;
        this.cache = cache;
        this.outbox = outbox;
        this.batchSize = properties.publishBatchSize();
    }

    @Scheduled(fixedDelayString = "${livedrop.follow.count.publish-interval:1s}")
    void publishChangedCounts() {
        transactions.executeWithoutResult(status -> {
            if (!counts.tryLockPublisher()) {
                return;
            }
            List<UUID> changed = counts.claimChanged(batchSize);
            if (changed.isEmpty()) {
                return;
            }
            Map<UUID, Long> exact = counts.counts(changed);
            Instant countedAt = Instant.now();
            exact.forEach((creatorId, count) -> outbox.publish(new FollowerCountUpdated(creatorId, count, countedAt)));
            // Still under the lock: a later round's counts cannot be overwritten by this round's.
            cache.replace(exact);
        });
    }
}
