package io.livedrop.drop.listing;

import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.web.problem.ProblemException;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public lists of drops, each soonest first in its own sense: upcoming drops by start (the next
 * to open first), live drops by end (the next to close first), ended drops latest end first.
 * Cancelled drops are listed only on their creator's page.
 */
enum DropList {
    SCHEDULED(DropStatus.SCHEDULED, "starts_at", DropView::startsAt, true),
    LIVE(DropStatus.LIVE, "ends_at", DropView::endsAt, true),
    ENDED(DropStatus.ENDED, "ends_at", DropView::endsAt, false);

    static final String PARAMETER = "status";

    final DropStatus status;
    /** The column the list is sorted by, id breaking ties. */
    final String sortColumn;
    /** The same sort key, read from a drop, for the cursor. */
    final Function<DropView, Instant> sortKey;
    final boolean ascending;

    DropList(DropStatus status, String sortColumn, Function<DropView, Instant> sortKey, boolean ascending) {
        this.status = status;
        this.sortColumn = sortColumn;
        this.sortKey = sortKey;
        this.ascending = ascending;
    }

    /** The list a {@code ?status=} asks for; 400 naming the parameter if it names none. */
    static DropList parse(String status) {
        return Arrays.stream(values())
                .filter(list -> list.name().equals(status))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(PARAMETER, "must be one of " + Arrays.stream(values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** Upcoming and live drops are what every visitor asks for; their first pages are cached. */
    boolean cached() {
        return this != ENDED;
    }
}
