package io.livedrop.search.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DropSearchIT extends SearchHarness {

    private static final String DROPS = "/api/v1/search/drops";

    @Test
    void dropsAreFoundByTitleAndFilteredByStatus() {
        String term = word(10);
        UUID creator = UUID.randomUUID();
        Instant now = Instant.now();
        UUID scheduled = schedule(creator, term + " spring drop", now.minusSeconds(30));
        UUID live = schedule(creator, term + " summer drop", now.minusSeconds(30));
        send(Topics.DROPS, new DropStarted(live, creator, term + " summer drop", now.minusSeconds(20)), now.minusSeconds(20));

        awaitItems(DROPS + "?q=" + term + "&status=live", items -> ids(items).equals(List.of(live.toString())));
        JsonNode all = awaitItems(DROPS + "?q=" + term, items -> items.size() == 2);
        assertThat(ids(all.get("items"))).containsExactlyInAnyOrder(scheduled.toString(), live.toString());
        assertThat(ids(get(DROPS + "?q=" + term + "&status=SCHEDULED").json().get("items")))
                .containsExactly(scheduled.toString());
    }

    @Test
    void aLateStartEventDoesNotReopenAnEndedDrop() {
        String term = word(10);
        UUID creator = UUID.randomUUID();
        Instant t0 = Instant.now().minusSeconds(60);
        UUID drop = schedule(creator, term + " night drop", t0);
        send(Topics.DROPS, new DropEnded(drop, creator, t0.plusSeconds(20)), t0.plusSeconds(20));
        send(Topics.DROPS, new DropStarted(drop, creator, term + " night drop", t0.plusSeconds(10)), t0.plusSeconds(10));
        // Same key, consumed after the two above.
        UUID marker = UUID.randomUUID();
        sendKeyed(Topics.DROPS, drop.toString(), new DropScheduled(marker, creator, term + " marker", t0, t0, 1,
                List.of()), t0);
        awaitItems(DROPS + "?q=" + term, items -> ids(items).contains(marker.toString()));

        assertThat(ids(get(DROPS + "?q=" + term + "&status=ended").json().get("items"))).containsExactly(drop.toString());
    }

    @Test
    void dropsArePagedByCursorAndBadStatusIsAnswered400() {
        String term = word(10);
        UUID creator = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            schedule(creator, term + " drop " + i, Instant.now().plusSeconds(i));
        }
        awaitItems(DROPS + "?q=" + term, items -> items.size() == 3);

        JsonNode first = get(DROPS + "?q=" + term + "&limit=2").json();
        JsonNode second = get(DROPS + "?q=" + term + "&limit=2&cursor=" + first.get("nextCursor").asString()).json();

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(ids(first.get("items"))).doesNotContainAnyElementsOf(ids(second.get("items")));
        assertThat(get(DROPS + "?status=paused").status()).isEqualTo(400);
    }

    @Test
    void badInputIsAnswered400AndSearchSyntaxIsSearchedAsText() {
        for (String query : new String[] {"q=" + "d".repeat(201), "cursor=not-a-cursor", "status=paused"}) {
            Response response = get(DROPS + "?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.problemType()).as(query).isEqualTo("validation");
        }
        String term = word(10);
        UUID drop = schedule(UUID.randomUUID(), term + " syntax drop", Instant.now());
        awaitItems(DROPS + "?q=" + term, items -> ids(items).contains(drop.toString()));

        for (String q : new String[] {"status:live AND title:*", "\"unclosed", "*:*", ")(", term + " -syntax"}) {
            assertThat(get(DROPS + "?q=" + encode(q)).status()).as(q).isEqualTo(200);
        }
        assertThat(get(DROPS + "?q=" + encode("*:*")).json().get("items")).isEmpty();
        // "-syntax" is a word here, not an exclusion.
        assertThat(ids(get(DROPS + "?q=" + encode(term + " -syntax")).json().get("items"))).contains(drop.toString());
    }

    private UUID schedule(UUID creator, String title, Instant at) {
        UUID drop = UUID.randomUUID();
        send(Topics.DROPS, new DropScheduled(drop, creator, title, at.plusSeconds(3600), at.plusSeconds(7200), 1,
                List.of()), at);
        return drop;
    }
}
