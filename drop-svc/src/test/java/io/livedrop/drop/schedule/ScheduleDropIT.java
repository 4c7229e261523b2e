package io.livedrop.drop.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.drop.DropServiceHarness;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropItem;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import io.livedrop.testinfra.TopicProbe;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/drops: who may schedule what, and what the world hears of it. */
class ScheduleDropIT extends DropServiceHarness {

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
    void aCreatorSchedulesADropOfTheirProductsAndItIsAnnouncedWithPrices() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 1500);
        UUID bowl = aProductOf(creator, 2400);
        DropBuilder drop = aDrop().title("Spring glaze").perUserLimit(2).item(mug, 10).item(bowl, 3);

        ServiceClient.Response created = api().post("/api/v1/drops", creator.token(), drop.body());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        UUID dropId = UUID.fromString(body.path("id").asString());
        assertThat(created.location()).isEqualTo("/api/v1/drops/" + dropId);
        assertThat(body.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(body.path("creatorId").asString()).isEqualTo(creator.creatorId().toString());
        assertThat(body.path("items").path(1).path("productId").asString()).isEqualTo(bowl.toString());
        assertThat(body.path("items").path(1).path("remaining").asInt()).isEqualTo(3);
        assertThat(body.path("items").path(1).path("unitPrice").path("amount").asLong()).isEqualTo(2400);
        assertThat(api().get(created.location()).json()).isEqualTo(body);

        DropScheduled scheduled = (DropScheduled) awaitDropEvent(drops, dropId, "livedrop.drop.scheduled.v1").data();
        assertThat(scheduled.creatorId()).isEqualTo(creator.creatorId());
        assertThat(scheduled.startsAt()).isEqualTo(drop.startsAt());
        assertThat(scheduled.endsAt()).isEqualTo(drop.endsAt());
        assertThat(scheduled.perUserLimit()).isEqualTo(2);
        assertThat(scheduled.items()).containsExactly(new DropItem(mug, 10, Money.eur(1500)),
                new DropItem(bowl, 3, Money.eur(2400)));
    }

    @Test
    void itemsArePricedAtTheProductsCurrentPrice() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 1500);
        changePrice(mug, creator, 1500, 1800);

        ServiceClient.Response created = api().post("/api/v1/drops", creator.token(), aDrop().item(mug, 5).body());

        assertThat(created.json().path("items").path(0).path("unitPrice").path("amount").asLong()).isEqualTo(1800);
    }

    @Test
    void aProductOfAnotherCreatorIsRefusedNamingTheItem() {
        Creator creator = aCreator();
        UUID theirs = aProductOf(aCreator(), 1500);

        assertInvalid(creator, aDrop().item(aProductOf(creator, 900), 1).item(theirs, 1), "items[1].productId");
    }

    @Test
    void anArchivedProductIsRefusedNamingTheItem() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 1500);
        archive(mug, creator, 1500);

        assertInvalid(creator, aDrop().item(mug, 1), "items[0].productId");
    }

    @Test
    void aStartInThePastIsRefused() {
        Creator creator = aCreator();

        assertInvalid(creator, aDrop().item(aProductOf(creator, 1500), 1)
                .startsAt(Instant.now().minusSeconds(60)).endsAt(Instant.now().plusSeconds(60)), "startsAt");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Creator creator = aCreator();
        DropBuilder drop = aDrop().item(aProductOf(creator, 1500), 1);

        assertInvalid(creator, drop.endsAt(drop.startsAt().minusSeconds(1)), "endsAt");
    }

    @Test
    void aQuantityOfZeroIsRefused() {
        Creator creator = aCreator();

        assertInvalid(creator, aDrop().item(aProductOf(creator, 1500), 0), "items[0].quantity");
    }

    @Test
    void theSameProductTwiceIsRefused() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 1500);

        assertInvalid(creator, aDrop().item(mug, 1).item(mug, 2), "items[1].productId");
    }

    @Test
    void aPerUserLimitBelowOneIsRefused() {
        Creator creator = aCreator();

        assertInvalid(creator, aDrop().item(aProductOf(creator, 1500), 1).perUserLimit(0), "perUserLimit");
    }

    @Test
    void aFanCannotScheduleADrop() {
        ServiceClient.Response response = api().post("/api/v1/drops", TestTokens.accessToken(UuidV7.next(), "FAN"),
                aDrop().item(UuidV7.next(), 1).body());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aCreatorWhosePageIsNotKnownCannotScheduleADrop() {
        ServiceClient.Response response = api().post("/api/v1/drops", TestTokens.accessToken(UuidV7.next(), "FAN", "CREATOR"),
                aDrop().item(UuidV7.next(), 1).body());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void schedulingNeedsAToken() {
        assertThat(api().post("/api/v1/drops", null, aDrop().item(UuidV7.next(), 1).body()).status()).isEqualTo(401);
    }

    private void assertInvalid(Creator creator, DropBuilder drop, String field) {
        ServiceClient.Response response = api().post("/api/v1/drops", creator.token(), drop.body());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.invalidField()).isEqualTo(field);
    }
}
