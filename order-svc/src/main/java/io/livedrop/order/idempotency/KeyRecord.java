package io.livedrop.order.idempotency;

/**
 * What Redis holds under a claimed key: the request's hash, and the answer once there is one. An
 * unanswered record is held by its attempt until {@code inFlightUntil} (epoch ms, Redis's clock); the
 * claim script reads these members by name, so they are renamed only together with it.
 */
record KeyRecord(String requestHash, StoredAnswer answer, Long inFlightUntil) {

    static KeyRecord inFlight(String requestHash, long inFlightUntil) {
        return new KeyRecord(requestHash, null, inFlightUntil);
    }

    static KeyRecord answered(String requestHash, StoredAnswer answer) {
        return new KeyRecord(requestHash, answer, null);
    }

    boolean finished() {
        return answer != null;
    }
}
