package io.livedrop.creator.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.creator.handle.Handle;
import io.livedrop.events.UuidV7;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreatorPageTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T12:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);

    private static CreatorPage aPage() {
        return new CreatorPage(UuidV7.next(), UuidV7.next(), new Handle("jane"), "Jane", "Pots", CREATED);
    }

    @Test
    void leftOutFieldsStayAsTheyAre() {
        CreatorPage page = aPage();

        assertThat(page.describe(null, null, LATER)).isFalse();
        assertThat(page.displayName()).isEqualTo("Jane");
        assertThat(page.bio()).isEqualTo("Pots");
    }

    @Test
    void givenFieldsReplaceTheOldOnes() {
        CreatorPage page = aPage();

        assertThat(page.describe("Jane M.", "Pots and bowls", LATER)).isTrue();
        assertThat(page.displayName()).isEqualTo("Jane M.");
        assertThat(page.bio()).isEqualTo("Pots and bowls");
    }

    @Test
    void emptyBioRemovesIt() {
        CreatorPage page = aPage();

        assertThat(page.describe(null, "", LATER)).isTrue();
        assertThat(page.bio()).isNull();
        assertThat(page.describe(null, "", LATER)).as("already without bio").isFalse();
    }

    @Test
    void sameTextIsNoChange() {
        assertThat(aPage().describe("Jane", "Pots", LATER)).isFalse();
    }

    @Test
    void verifiedFlagReportsOnlyRealChanges() {
        CreatorPage page = aPage();

        assertThat(page.setVerified(false, LATER)).isFalse();
        assertThat(page.setVerified(true, LATER)).isTrue();
        assertThat(page.verified()).isTrue();
        assertThat(page.setVerified(true, LATER)).isFalse();
    }
}
