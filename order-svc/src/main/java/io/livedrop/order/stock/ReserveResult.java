package io.livedrop.order.stock;

/** What the reserve script answered. */
public enum ReserveResult {
    RESERVED,
    /** No counters for the drop: never primed, expired or lost; they must be rebuilt from Postgres. */
    COUNTERS_MISSING,
    NOT_LIVE,
    LIMIT_EXCEEDED,
    SOLD_OUT,
    PRODUCT_NOT_IN_DROP;

    /** From the script's answer: units left (0 or more) when reserved, a negative code otherwise. */
    static ReserveResult fromScript(long answer) {
        if (answer >= 0) {
            return RESERVED;
        }
        return switch ((int) answer) {
            case -1 -> COUNTERS_MISSING;
            case -2 -> NOT_LIVE;
            case -3 -> LIMIT_EXCEEDED;
            case -4 -> SOLD_OUT;
            case -5 -> PRODUCT_NOT_IN_DROP;
            default -> throw new IllegalStateException("reserve.lua answered " + answer);
        };
    }
}
