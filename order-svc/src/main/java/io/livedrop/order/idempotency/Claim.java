package io.livedrop.order.idempotency;

/** What to do with a request carrying an idempotency key. */
public sealed interface Claim {

    /** The key is ours now: do the work, then complete or release it. */
    record Claimed() implements Claim {
    }

    /** The same request was answered already: answer it again, byte for byte. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** The same request is being worked on right now. */
    record InFlight() implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }

    /** The decision for a request when the key already holds {@code existing}. */
    static Claim decide(KeyRecord existing, String requestHash) {
        if (!existing.requestHash().equals(requestHash)) {
            return new Mismatch();
        }
        return existing.finished() ? new Replay(existing.answer()) : new InFlight();
    }
}
