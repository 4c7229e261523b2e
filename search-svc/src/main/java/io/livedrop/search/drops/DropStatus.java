package io.livedrop.search.drops;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.livedrop.web.problem.ProblemException;

/** A drop's lifecycle as drop-svc reports it; stored and queried in lower case. */
enum DropStatus {

    SCHEDULED, LIVE, ENDED, CANCELLED;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only drops one can still attend are worth completing a prefix to. */
    boolean upcomingOrLive() {
        return this == SCHEDULED || this == LIVE;
    }

    /** API.md spells statuses in upper case (as drop-svc answers them); either case is accepted. */
    static DropStatus fromParam(String value) {
        return Arrays.stream(values()).filter(status -> status.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("status", "must be one of "
                        + Arrays.stream(values()).map(DropStatus::name).collect(Collectors.joining(", "))));
    }
}
