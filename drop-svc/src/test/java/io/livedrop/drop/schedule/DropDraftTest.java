package io.livedrop.drop.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.events.UuidV7;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropDraftTest {

    private static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    private static final DropDraft SCHEDULED = new DropDraft("Spring glaze", START, START.plusSeconds(3600), 2,
            List.of(new ItemRequest(UuidV7.next(), 10)));

    @Test
    void anUpdateChangesOnlyTheFieldsItGives() {
        DropDraft moved = SCHEDULED.with(new UpdateDropRequest(null, START.plusSeconds(60), null, null, null));

        assertThat(moved).isEqualTo(new DropDraft("Spring glaze", START.plusSeconds(60), START.plusSeconds(3600), 2,
                SCHEDULED.items()));
    }

    @Test
    void givenItemsReplaceAllItems() {
        List<ItemRequest> items = List.of(new ItemRequest(UuidV7.next(), 3));

        assertThat(SCHEDULED.with(new UpdateDropRequest(null, null, null, null, items)).items()).isEqualTo(items);
    }

    @Test
    void instantsKeepMicrosecondsAsPostgresDoes() {
        Instant withNanos = START.plusNanos(123_456_789);
        DropDraft draft = DropDraft.of(new ScheduleDropRequest(" Spring glaze ", withNanos, withNanos, 1, List.of()));

        assertThat(draft.startsAt()).isEqualTo(START.plusNanos(123_456_000));
        assertThat(draft.title()).isEqualTo("Spring glaze");
    }
}
