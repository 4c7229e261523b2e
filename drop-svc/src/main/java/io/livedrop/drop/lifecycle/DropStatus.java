package io.livedrop.drop.lifecycle;

import java.time.Instant;

/** Where a drop is in its life: SCHEDULED, then LIVE, then ENDED; or SCHEDULED, then CANCELLED. */
public enum DropStatus {
    SCHEDULED,
    LIVE,
    ENDED,
    CANCELLED;

    /**
     * Whether a drop stored with this status has started by {@code now}. The timer flips a drop
     * shortly after its start; from the start itself the drop counts as started, so nobody can
     * change a sale that buyers may already be in.
     */
    public boolean startedBy(Instant now, Instant startsAt) {
        return switch (this) {
            case SCHEDULED -> !now.isBefore(startsAt);
            case LIVE, ENDED -> true;
            case CANCELLED -> false;
        };
    }
}
