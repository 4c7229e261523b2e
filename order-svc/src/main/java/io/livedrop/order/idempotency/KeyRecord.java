package io.livedrop.order.idempotency;

/**
 * What Redis holds under a claimed key: the request's hash, and the answer once there is one.
 * An in-flight claim has no answer yet.
 */
record KeyRecord(String requestHash, StoredAnswer answer) {

    static KeyRecord inFlight(String requestHash) {
        return new KeyRecord(requestHash, null);
    }

    boolean finished() {
        return answer != null;
    }
}
