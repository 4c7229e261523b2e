package io.livedrop.creator;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.creator.CreatorVerified;
import io.livedrop.testinfra.TopicProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every change of a page reaches {@code livedrop.creators}, keyed by the creator. */
class CreatorEventsIT extends ServiceIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    EventCodec codec;

    private TopicProbe creators;

    @BeforeEach
    void openProbe() {
        creators = TopicProbe.from(Topics.CREATORS);
    }

    @AfterEach
    void closeProbe() {
        creators.close();
    }

    @Test
    void creatingAPagePublishesCreatorCreated() {
        UUID owner = aUser();
        String handle = aHandle();

        UUID page = UUID.fromString(api().post("/api/v1/creators", tokenOf(owner), aPage().handle(handle).body())
                .json().path("id").asString());

        EventEnvelope<EventPayload> event = awaitEvent(page, "livedrop.creator.created.v1");
        assertThat(event.source()).isEqualTo("creator-svc");
        assertThat(event.data()).isInstanceOfSatisfying(CreatorCreated.class, created -> {
            assertThat(created.userId()).isEqualTo(owner);
            assertThat(created.handle()).isEqualTo(handle);
            assertThat(created.displayName()).isEqualTo("Jane Maker");
        });
    }

    @Test
    void editingAPagePublishesCreatorUpdated() {
        UUID owner = aUser();
        UUID page = pageOf(owner);

        api().patch("/api/v1/creators/" + page, tokenOf(owner), Map.of("displayName", "Jane M."));

        assertThat(awaitEvent(page, "livedrop.creator.updated.v1").data())
                .isInstanceOfSatisfying(CreatorUpdated.class, updated -> {
                    assertThat(updated.displayName()).isEqualTo("Jane M.");
                    assertThat(updated.verified()).isFalse();
                });
    }

    @Test
    void approvalPublishesCreatorVerifiedAndCreatorUpdatedWithTheFlag() {
        UUID owner = aUser();
        UUID page = pageOf(owner);

        api().post("/api/v1/admin/creators/" + page + "/verification", adminToken(),
                Map.of("approved", true, "reason", "Known studio."));

        assertThat(awaitEvent(page, "livedrop.creator.verified.v1").data())
                .isInstanceOfSatisfying(CreatorVerified.class, verified -> {
                    assertThat(verified.userId()).isEqualTo(owner);
                    assertThat(verified.approved()).isTrue();
                    assertThat(verified.reason()).isEqualTo("Known studio.");
                });
        assertThat(awaitEvent(page, "livedrop.creator.updated.v1").data())
                .isInstanceOfSatisfying(CreatorUpdated.class, updated -> assertThat(updated.verified()).isTrue());
    }

    @Test
    void rejectionPublishesCreatorVerifiedWithTheReason() {
        UUID page = pageOf(aUser());

        api().post("/api/v1/admin/creators/" + page + "/verification", adminToken(),
                Map.of("approved", false, "reason", "Too new."));

        assertThat(awaitEvent(page, "livedrop.creator.verified.v1").data())
                .isInstanceOfSatisfying(CreatorVerified.class, verified -> {
                    assertThat(verified.approved()).isFalse();
                    assertThat(verified.reason()).isEqualTo("Too new.");
                });
    }

    private EventEnvelope<EventPayload> awaitEvent(UUID creatorId, String type) {
        String record = creators.await(candidate -> creatorId.toString().equals(candidate.key())
                && type.equals(codec.decode(candidate.value()).map(EventEnvelope::type).orElse(null)), DELIVERY).value();
        return codec.decode(record).orElseThrow();
    }
}
