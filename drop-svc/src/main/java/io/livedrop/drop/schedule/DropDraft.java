package io.livedrop.drop.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What a drop is to become, before {@link DropRules} have passed it; any field may still be missing. */
record DropDraft(String title, Instant startsAt, Instant endsAt, Integer perUserLimit, List<ItemRequest> items) {

    static DropDraft of(ScheduleDropRequest request) {
        return new DropDraft(clean(request.title()), micros(request.startsAt()), micros(request.endsAt()),
                request.perUserLimit(), request.items());
    }

    /** This draft with the fields the update gives. */
    DropDraft with(UpdateDropRequest update) {
        return new DropDraft(
                update.title() != null ? clean(update.title()) : title,
                update.startsAt() != null ? micros(update.startsAt()) : startsAt,
                update.endsAt() != null ? micros(update.endsAt()) : endsAt,
                update.perUserLimit() != null ? update.perUserLimit() : perUserLimit,
                update.items() != null ? update.items() : items);
    }

    /** The product ids named, without the missing ones. */
    List<UUID> productIds() {
        return items == null ? List.of()
                : items.stream().filter(Objects::nonNull).map(ItemRequest::productId).filter(Objects::nonNull).toList();
    }

    /** Surrounding white space is not part of what a creator means to say. */
    private static String clean(String text) {
        return text == null ? null : text.strip();
    }

    /** Postgres keeps microseconds: events carry the same instants as the row. */
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
