package io.livedrop.order.idempotency;

/** What to do with a request carrying an idempotency key. */
public sealed interface Claim {

    /** The key is ours now: do the work, then complete or release it. */
    record Claimed() implements Claim {
    }

    /**
     * The same request was claimed before, never answered, and its claim ran out: that attempt died,
     * perhaps after its work committed. The key is ours now, but look for that work before doing it again.
     */
    record TakenOver() implements Claim {
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

    /** The decision for a request when the key already holds {@code existing} and was not taken over. */
    static Claim decide(KeyRecord existing, String requestHash) {
        if (!existing.requestHash().equals(requestHash)) {
            return new Mismatch();
        }
        return existing.finished() ? new Replay(existing.answer()) : new InFlight();
    }
}
