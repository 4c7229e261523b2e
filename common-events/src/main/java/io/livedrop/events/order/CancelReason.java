package io.livedrop.events.order;

/** Why a pending order ended without payment: the buyer cancelled, or its reservation ran out. */
public enum CancelReason {
    CANCELLED,
    EXPIRED
}
