package io.livedrop.search.creators;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.creator.CreatorVerified;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.VersionedWrites;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the creators index up to date from livedrop.creators; event time is the document version. */
@Component
class CreatorEventsListener {

    private final EventCodec codec;
    private final VersionedWrites writes;

    CreatorEventsListener(EventCodec codec, VersionedWrites writes) {
        this.codec = codec;
        this.writes = writes;
    }

    @KafkaListener(topics = Topics.CREATORS)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(record.value()).ifPresent(this::apply);
    }

    private void apply(EventEnvelope<EventPayload> event) {
        switch (event.data()) {
            case CreatorCreated created -> write(event, created.creatorId().toString(), current ->
                    CreatorDocument.of(created.creatorId().toString(), created.handle(), created.displayName(),
                            created.bio(), current != null && current.verified(), created.createdAt()));
            case CreatorUpdated updated -> write(event, updated.creatorId().toString(), current ->
                    CreatorDocument.of(updated.creatorId().toString(), updated.handle(), updated.displayName(),
                            updated.bio(), updated.verified(), current == null ? event.time() : current.createdAt()));
            // A rejected request leaves the badge as it was; a creator unknown here has nothing to badge.
            case CreatorVerified verified -> write(event, verified.creatorId().toString(), current ->
                    current == null || !verified.approved() ? null : current.verified(true));
            default -> {
                // Other creator events do not change what is searchable.
            }
        }
    }

    private void write(EventEnvelope<EventPayload> event, String id,
            java.util.function.UnaryOperator<CreatorDocument> change) {
        writes.apply(SearchIndex.CREATORS, id, event.time(), CreatorDocument.class, change);
    }
}
