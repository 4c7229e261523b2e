package io.livedrop.drop.schedule;

import java.time.Instant;
import java.util.List;

/** Checked by {@link DropRules}, which reports every broken rule with its field. */
record ScheduleDropRequest(String title, Instant startsAt, Instant endsAt, Integer perUserLimit,
        List<ItemRequest> items) {
}
