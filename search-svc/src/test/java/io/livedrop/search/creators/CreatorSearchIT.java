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
    void anOverlongQueryIsAnswered400() {
        assertThat(get(CREATORS + "?q=" + "y".repeat(201)).status()).isEqualTo(400);
    }
}
