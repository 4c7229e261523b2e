package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void slugReadsBackAsItsCategory() {
        for (Category category : Category.values()) {
            assertThat(Category.fromSlug(category.slug())).isEqualTo(category);
        }
    }

    @Test
    void unknownSlugIsRejectedListingTheChoices() {
        assertThatThrownBy(() -> Category.fromSlug("tees")).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo("category");
            assertThat(e.getMessage()).contains("apparel", "other");
        });
    }

    @Test
    void enumNameIsNotASlug() {
        assertThatThrownBy(() -> Category.fromSlug("APPAREL")).isInstanceOf(InvalidFieldException.class);
    }
}
