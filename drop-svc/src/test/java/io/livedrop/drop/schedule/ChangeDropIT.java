package io.livedrop.drop.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.drop.DropServiceHarness;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropItem;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PATCH /api/v1/drops/{id} and POST /api/v1/drops/{id}/cancel: only the owner, only before the start. */
class ChangeDropIT extends DropServiceHarness {

    private TopicProbe drops;

    @BeforeEach
    void openProbe() {
        drops = TopicProbe.from(Topics.DROPS);
    }

    @AfterEach
    void closeProbe() {
        drops.close();
    }

    @Test
    void theOwnerEditsAScheduledDropAndTheChangeIsAnnounced() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 1500);
        UUID bowl = aProductOf(creator, 2400);
        UUID dropId = scheduled(creator, aDrop().item(mug, 10));

        ServiceClient.Response edited = api().patch("/api/v1/drops/" + dropId, creator.token(),
                Map.of("title", "Autumn glaze", "perUserLimit", 1, "items", List.of(Map.of("productId", bowl, "quantity", 4))));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("title").asString()).isEqualTo("Autumn glaze");
        assertThat(edited.json().path("items")).hasSize(1);
        DropUpdated updated = (DropUpdated) awaitDropEvent(drops, dropId, "livedrop.drop.updated.v1").data();
        assertThat(updated.title()).isEqualTo("Autumn glaze");
        assertThat(updated.perUserLimit()).isEqualTo(1);
        assertThat(updated.items()).containsExactly(new DropItem(bowl, 4, Money.eur(2400)));
    }

    @Test
    void reschedulingMovesTheStartToTheNewTime() {
        Creator creator = aCreator();
        UUID dropId = scheduled(creator, aDrop().item(aProductOf(creator, 1500), 1)
                .startingIn(Duration.ofMinutes(10), Duration.ofMinutes(5)));
        Instant newStart = Instant.now().plusMillis(1500).truncatedTo(ChronoUnit.MILLIS);

        ServiceClient.Response moved = api().patch("/api/v1/drops/" + dropId, creator.token(),
                Map.of("startsAt", newStart.toString(), "endsAt", newStart.plusSeconds(1).toString()));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        DropStarted started = (DropStarted) awaitDropEvent(drops, dropId, "livedrop.drop.started.v1").data();
        assertThat(started.startedAt()).isBetween(newStart, newStart.plusSeconds(2));
        awaitStatus(dropId, "ENDED");
    }

    @Test
    void aDropThatHasStartedCannotBeEditedNorCancelled() {
        Creator creator = aCreator();
        UUID dropId = scheduled(creator, aDrop().item(aProductOf(creator, 1500), 1)
                .startingIn(Duration.ofMillis(1200), Duration.ofSeconds(20)));
        awaitStatus(dropId, "LIVE");

        ServiceClient.Response edit = api().patch("/api/v1/drops/" + dropId, creator.token(), Map.of("title", "Too late"));
        ServiceClient.Response cancel = api().post("/api/v1/drops/" + dropId + "/cancel", creator.token());

        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.problemType()).isEqualTo("drop-started");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.problemType()).isEqualTo("drop-started");
    }

    @Test
    void theOwnerCancelsAScheduledDropAndItNeverGoesLive() {
        Creator creator = aCreator();
        UUID dropId = scheduled(creator, aDrop().item(aProductOf(creator, 1500), 1));

        ServiceClient.Response cancelled = api().post("/api/v1/drops/" + dropId + "/cancel", creator.token(),
                Map.of("reason", "Kiln broke."));

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        DropCancelled event = (DropCancelled) awaitDropEvent(drops, dropId, "livedrop.drop.cancelled.v1").data();
        assertThat(event.reason()).isEqualTo("Kiln broke.");
        assertThat(api().post("/api/v1/drops/" + dropId + "/cancel", creator.token()).status()).isEqualTo(200);
        ServiceClient.Response edit = api().patch("/api/v1/drops/" + dropId, creator.token(), Map.of("title", "Back on"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.problemType()).isEqualTo("drop-cancelled");
    }

    @Test
    void anEditIsCheckedByTheSameRulesAsTheSchedule() {
        Creator creator = aCreator();
        DropBuilder drop = aDrop().item(aProductOf(creator, 1500), 1);
        UUID dropId = scheduled(creator, drop);

        ServiceClient.Response edit = api().patch("/api/v1/drops/" + dropId, creator.token(),
                Map.of("endsAt", drop.startsAt().minusSeconds(1).toString()));

        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.invalidField()).isEqualTo("endsAt");
    }

    @Test
    void onlyTheOwnerMayEditOrCancel() {
        Creator owner = aCreator();
        Creator other = aCreator();
        UUID dropId = scheduled(owner, aDrop().item(aProductOf(owner, 1500), 1));

        assertThat(api().patch("/api/v1/drops/" + dropId, other.token(), Map.of("title", "Mine now")).status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/drops/" + dropId + "/cancel", other.token()).status()).isEqualTo(403);
        assertThat(statusOf(dropId)).isEqualTo("SCHEDULED");
    }

    @Test
    void anUnknownDropIsNotFound() {
        Creator creator = aCreator();

        assertThat(api().patch("/api/v1/drops/" + UNKNOWN_ID, creator.token(), Map.of("title", "x")).status())
                .isEqualTo(404);
        assertThat(api().post("/api/v1/drops/" + UNKNOWN_ID + "/cancel", creator.token()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/drops/" + UNKNOWN_ID).status()).isEqualTo(404);
    }
}
