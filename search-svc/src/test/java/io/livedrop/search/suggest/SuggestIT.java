package io.livedrop.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SuggestIT extends SearchHarness {

    private static final String SUGGEST = "/api/v1/search/suggest?prefix=";

    @Test
    void aPrefixCompletesProductTitlesCreatorHandlesAndNamesAndDropTitles() {
        String term = word(10);
        UUID creator = aCreator(term + "-art", "Display " + word(6));
        UUID product = createAll(creator, aProduct(creator).title(term + " lamp")).getFirst();
        UUID drop = UUID.randomUUID();
        send(Topics.DROPS, new DropScheduled(drop, creator, term + " night", Instant.now().plusSeconds(3600),
                Instant.now().plusSeconds(7200), 1, List.of()), Instant.now());
        String prefix = term.substring(0, 7);

        JsonNode suggestions = awaitSuggestions(prefix, 3);

        assertThat(kindsAndIds(suggestions)).containsExactlyInAnyOrder(
                "product " + product, "creator " + creator, "drop " + drop);
        assertThat(suggestions.get(0).get("text").asString()).startsWith(term);
    }

    @Test
    void creatorsCompleteByDisplayNameAndArchivedProductsAreNotSuggested() {
        String name = word(10);
        UUID creator = aCreator(word(8), name + " Studio");
        UUID archived = createAll(creator, aProduct(creator).title(name + " vase")
                .createdAt(Instant.now().minusSeconds(5))).getFirst();
        awaitSuggestions(name, 2);

        send(Topics.PRODUCTS, new ProductUpdated(archived, creator, name + " vase", "", Money.eur(100), "art",
                List.of(), true, Instant.now()), Instant.now());

        assertThat(kindsAndIds(awaitSuggestions(name, 1))).containsExactly("creator " + creator);
    }

    @Test
    void aMissingOrOverlongPrefixIsAnswered400() {
        assertThat(get("/api/v1/search/suggest").status()).isEqualTo(400);
        assertThat(get(SUGGEST + "%20").status()).isEqualTo(400);
        assertThat(get(SUGGEST + "a".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void aPrefixFullOfSearchSyntaxIsCompletedAsText() {
        for (String prefix : List.of("*", "title:", "\"a", "a OR b", "(", "{\"match_all\":{}}", "\\")) {
            Response response = get(SUGGEST + encode(prefix));
            assertThat(response.status()).as(prefix).isEqualTo(200);
        }
    }

    private JsonNode awaitSuggestions(String prefix, int count) {
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(EVENTUALLY).until(() -> {
            last[0] = get(SUGGEST + prefix).json().get("suggestions");
            return last[0].size() == count;
        });
        return last[0];
    }

    private static List<String> kindsAndIds(JsonNode suggestions) {
        List<String> found = new ArrayList<>();
        suggestions.forEach(s -> found.add(s.get("kind").asString() + " " + s.get("id").asString()));
        return found;
    }
}
