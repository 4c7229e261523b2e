package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.events.drop.DropItem;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code inDrop=true}: only products a live or scheduled drop offers, resolved from the drops index per query. */
class InDropFilterIT extends SearchHarness {

    private static final String PRODUCTS = "/api/v1/search/products";
    private static final String DROPS = "/api/v1/search/drops";

    @Test
    void onlyProductsOfLiveAndScheduledDropsAreFoundAndTheFacetsCountOnlyThem() {
        UUID creator = aCreator(word(8), "In Drop Creator");
        List<UUID> ids = createAll(creator, aProduct(creator).category("art"), aProduct(creator).category("music"),
                aProduct(creator).category("art"), aProduct(creator).category("art"),
                aProduct(creator).category("home"));
        UUID inLive = ids.get(0);
        UUID inScheduled = ids.get(1);
        UUID inEnded = ids.get(2);
        UUID inCancelled = ids.get(3);
        String term = word(10);
        Instant t0 = Instant.now().minusSeconds(60);

        UUID live = schedule(creator, term, inLive, t0);
        send(Topics.DROPS, new DropStarted(live, creator, term + " drop", t0.plusSeconds(10)), t0.plusSeconds(10));
        UUID scheduled = schedule(creator, term, inScheduled, t0);
        UUID ended = schedule(creator, term, inEnded, t0);
        send(Topics.DROPS, new DropStarted(ended, creator, term + " drop", t0.plusSeconds(10)), t0.plusSeconds(10));
        send(Topics.DROPS, new DropEnded(ended, creator, t0.plusSeconds(20)), t0.plusSeconds(20));
        UUID cancelled = schedule(creator, term, inCancelled, t0);
        send(Topics.DROPS, new DropCancelled(cancelled, creator, "Changed plans", t0.plusSeconds(20)),
                t0.plusSeconds(20));
        awaitStatus(term, "live", live);
        awaitStatus(term, "scheduled", scheduled);
        awaitStatus(term, "ended", ended);
        awaitStatus(term, "cancelled", cancelled);

        JsonNode page = get(PRODUCTS + "?inDrop=true&creatorId=" + creator).json();

        assertThat(ids(page.get("items"))).containsExactlyInAnyOrder(inLive.toString(), inScheduled.toString());
        assertThat(page.get("facets").get("category").toString())
                .isEqualTo("[{\"value\":\"art\",\"count\":1},{\"value\":\"music\",\"count\":1}]");
        assertThat(page.at("/facets/creator/0/count").asLong()).isEqualTo(2);
        assertThat(get(PRODUCTS + "?inDrop=false&creatorId=" + creator).json().get("items")).hasSize(5);
        assertThat(get(PRODUCTS + "?creatorId=" + creator).json().get("items")).hasSize(5);
    }

    @Test
    void aProductTakenOutOfAScheduledDropLeavesTheFilter() {
        UUID creator = aCreator(word(8), "Replanning Creator");
        List<UUID> ids = createAll(creator, aProduct(creator), aProduct(creator));
        String term = word(10);
        Instant t0 = Instant.now().minusSeconds(60);
        UUID drop = schedule(creator, term, ids.get(0), t0);
        awaitItems(PRODUCTS + "?inDrop=true&creatorId=" + creator,
                items -> ids(items).equals(List.of(ids.get(0).toString())));

        send(Topics.DROPS, new DropUpdated(drop, creator, term + " drop", t0.plusSeconds(3600),
                t0.plusSeconds(7200), 1, List.of(item(ids.get(1)))), t0.plusSeconds(5));

        awaitItems(PRODUCTS + "?inDrop=true&creatorId=" + creator,
                items -> ids(items).equals(List.of(ids.get(1).toString())));
    }

    private UUID schedule(UUID creator, String term, UUID product, Instant at) {
        UUID drop = UUID.randomUUID();
        send(Topics.DROPS, new DropScheduled(drop, creator, term + " drop", at.plusSeconds(3600), at.plusSeconds(7200),
                1, List.of(item(product))), at);
        return drop;
    }

    private static DropItem item(UUID product) {
        return new DropItem(product, 10, Money.eur(1_000));
    }

    private void awaitStatus(String term, String status, UUID drop) {
        awaitItems(DROPS + "?q=" + term + "&status=" + status, items -> ids(items).equals(List.of(drop.toString())));
    }
}
