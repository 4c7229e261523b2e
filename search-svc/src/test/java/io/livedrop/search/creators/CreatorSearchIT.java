package io.livedrop.search.creators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorVerified;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;

class CreatorSearchIT extends SearchHarness {

    private static final String CREATORS = "/api/v1/search/creators";

    @Test
    void verifiedCreatorsComeFirstEvenWithAWeakerMatch() {
        String term = word(10);
        UUID strongMatch = aCreator(term, term + " " + term);
        UUID verified = aCreator(word(8), term + " Studio");
        send(Topics.CREATORS, new CreatorVerified(verified, UuidV7.next(), true, null, Instant.now()), Instant.now());

        awaitItems(CREATORS + "?q=" + term, items -> items.size() == 2 && items.get(0).get("verified").asBoolean());

        assertThat(ids(get(CREATORS + "?q=" + term).json().get("items")))
                .containsExactly(verified.toString(), strongMatch.toString());
    }

    @Test
    void anOverlongQueryAndAMalformedCursorAreAnswered400() {
        for (String query : new String[] {"q=" + "y".repeat(201), "cursor=not-a-cursor", "limit=0"}) {
            Response response = get(CREATORS + "?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.problemType()).as(query).isEqualTo("validation");
        }
    }

    @Test
    void searchSyntaxIsSearchedAsText() {
        String handle = word(10);
        UUID creator = aCreator(handle, "Syntax Studio");

        for (String q : new String[] {"handle:* OR verified:true", "\"unclosed", "*:*", ")(", "{\"match_all\":{}}"}) {
            assertThat(get(CREATORS + "?q=" + encode(q)).status()).as(q).isEqualTo(200);
        }
        assertThat(get(CREATORS + "?q=" + encode("*:*")).json().get("items")).isEmpty();
        assertThat(ids(get(CREATORS + "?q=" + encode(handle + " AND NOT studio")).json().get("items")))
                .contains(creator.toString());
    }
}
