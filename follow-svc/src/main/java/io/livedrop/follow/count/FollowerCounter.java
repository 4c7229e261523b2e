package io.livedrop.follow.count;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Changes a creator's exact follower count, inside the transaction that adds or removes the follow. */
@Component
public class FollowerCounter {

    private final FollowerCountRepository counts;
    private final int slots;

    FollowerCounter(FollowerCountRepository counts, CountProperties properties) {
        this.counts = counts;
        this.slots = properties.slots();
    }

    public void followed(UUID creatorId) {
        change(creatorId, 1);
    }

    public void unfollowed(UUID creatorId) {
        change(creatorId, -1);
    }

    private void change(UUID creatorId, int delta) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a follower count changes only in the transaction of the follow");
        }
        // A random slot: concurrent follows of one creator mostly lock different rows.
        counts.add(creatorId, ThreadLocalRandom.current().nextInt(slots), delta);
    }
}
