package io.livedrop.order.reservation;

import java.util.Locale;

/** How a purchase attempt ended, as the attempts counter tags it: a fixed set, so the metric stays bounded. */
enum PurchaseOutcome {
    ACCEPTED,
    /** The key's order was in Postgres already (its Redis record was lost): answered again, nothing taken. */
    REPLAYED,
    SOLD_OUT,
    OVER_LIMIT,
    NOT_LIVE,
    NOT_IN_DROP,
    NOT_FOUND,
    /** The stock could not be checked (counters missing and not rebuilt): refused rather than guessed. */
    UNAVAILABLE,
    /** Any other answered refusal. */
    REJECTED,
    /** An unexpected failure on our side. */
    FAILED;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome a refusal with this problem type (its slug) stands for. */
    static PurchaseOutcome ofProblem(String slug) {
        return switch (slug) {
            case "sold-out" -> SOLD_OUT;
            case "limit-exceeded" -> OVER_LIMIT;
            case "drop-not-live" -> NOT_LIVE;
            case "product-not-in-drop" -> NOT_IN_DROP;
            case "not-found" -> NOT_FOUND;
            case "stock-unavailable" -> UNAVAILABLE;
            default -> REJECTED;
        };
    }
}
