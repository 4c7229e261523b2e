package io.livedrop.search.drops;

import java.util.UUID;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.VersionedWrites;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the drops index up to date from livedrop.drops; event time is the document version. */
@Component
class DropEventsListener {

    private final EventCodec codec;
    private final VersionedWrites writes;

    DropEventsListener(EventCodec codec, VersionedWrites writes) {
        this.codec = codec;
        this.writes = writes;
    }

    @KafkaListener(topics = Topics.DROPS)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(record.value()).ifPresent(this::apply);
    }

    private void apply(EventEnvelope<EventPayload> event) {
        switch (event.data()) {
            case DropScheduled s -> write(event, s.dropId(), current -> DropDocument.of(s.dropId().toString(),
                    s.creatorId().toString(), s.title(), statusOr(current, DropStatus.SCHEDULED), s.startsAt(),
                    s.endsAt(), DropDocument.productIds(s.items())));
            // An update changes the plan, not where the drop is in its lifecycle.
            case DropUpdated u -> write(event, u.dropId(), current -> DropDocument.of(u.dropId().toString(),
                    u.creatorId().toString(), u.title(), statusOr(current, DropStatus.SCHEDULED), u.startsAt(),
                    u.endsAt(), DropDocument.productIds(u.items())));
            case DropStarted s -> write(event, s.dropId(), current -> DropDocument.of(s.dropId().toString(),
                    s.creatorId().toString(), s.title(), DropStatus.LIVE,
                    current == null ? s.startedAt() : current.startsAt(), current == null ? null : current.endsAt(),
                    current == null ? null : current.productIds()));
            case DropEnded e -> write(event, e.dropId(), current -> moved(current, e.dropId(), e.creatorId(), DropStatus.ENDED));
            case DropCancelled c -> write(event, c.dropId(), current -> moved(current, c.dropId(), c.creatorId(), DropStatus.CANCELLED));
            default -> {
                // Nothing else about drops is searchable.
            }
        }
    }

    private static DropStatus statusOr(DropDocument current, DropStatus fallback) {
        return current == null ? fallback : current.dropStatus();
    }

    private static DropDocument moved(DropDocument current, UUID dropId, UUID creatorId, DropStatus status) {
        return current == null
                ? DropDocument.of(dropId.toString(), creatorId.toString(), null, status, null, null, null)
                : DropDocument.of(current.id(), current.creatorId(), current.title(), status, current.startsAt(),
                        current.endsAt(), current.productIds());
    }

    private void write(EventEnvelope<EventPayload> event, UUID dropId,
            java.util.function.UnaryOperator<DropDocument> change) {
        writes.apply(SearchIndex.DROPS, dropId.toString(), event.time(), DropDocument.class, change);
    }
}
