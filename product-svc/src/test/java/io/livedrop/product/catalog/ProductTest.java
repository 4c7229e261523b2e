package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);
    private static final UUID OWNER = UUID.randomUUID();

    private static Product aMug() {
        return Product.create(UUID.randomUUID(), UUID.randomUUID(), OWNER, "Mug", "Blue glaze",
                new Price(2500, "EUR"), Category.HOME, List.of("ceramic"), CREATED);
    }

    private static ProductPatch patch() {
        return new ProductPatch(null, null, null, null, null);
    }

    @Test
    void newProductIsActiveAndOwnedByItsCreatorsUser() {
        Product mug = aMug();

        assertThat(mug.archived()).isFalse();
        assertThat(mug.isOwnedBy(OWNER)).isTrue();
        assertThat(mug.isOwnedBy(UUID.randomUUID())).isFalse();
        assertThat(mug.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void editChangesOnlyThePartsItNamesAndTouchesTheProduct() {
        Product mug = aMug();

        Product edited = mug.edit(new ProductPatch("Big mug", null, new Price(3000, "EUR"), null, null), LATER)
                .orElseThrow();

        assertThat(edited.title()).isEqualTo("Big mug");
        assertThat(edited.price()).isEqualTo(new Price(3000, "EUR"));
        assertThat(edited.description()).isEqualTo("Blue glaze");
        assertThat(edited.tags()).containsExactly("ceramic");
        assertThat(edited.updatedAt()).isEqualTo(LATER);
        assertThat(edited.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void editThatChangesNothingIsNoEdit() {
        Product mug = aMug();

        assertThat(mug.edit(patch(), LATER)).isEmpty();
        assertThat(mug.edit(new ProductPatch("Mug", "Blue glaze", new Price(2500, "EUR"), Category.HOME,
                List.of("ceramic")), LATER)).isEmpty();
    }

    @Test
    void emptyTagListRemovesAllTags() {
        assertThat(aMug().edit(new ProductPatch(null, null, null, null, List.of()), LATER).orElseThrow().tags())
                .isEmpty();
    }

    @Test
    void archivingKeepsTheProductButMarksIt() {
        Product archived = aMug().archive(LATER);

        assertThat(archived.archived()).isTrue();
        assertThat(archived.archivedAt()).isEqualTo(LATER);
        assertThat(archived.title()).isEqualTo("Mug");
    }

    @Test
    void archivingAgainChangesNothing() {
        Product archived = aMug().archive(LATER);

        assertThat(archived.archive(LATER.plusSeconds(60))).isSameAs(archived);
    }

    @Test
    void archivedProductCannotBeEditedOrTouched() {
        Product archived = aMug().archive(LATER);

        assertThatThrownBy(() -> archived.edit(patch(), LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> archived.touch(LATER)).isInstanceOf(IllegalStateException.class);
    }
}
