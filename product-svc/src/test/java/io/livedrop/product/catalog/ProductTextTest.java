package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTextTest {

    @Test
    void textLosesSurroundingWhiteSpace() {
        assertThat(ProductText.clean("  Mug \n")).isEqualTo("Mug");
        assertThat(ProductText.clean(null)).isNull();
    }

    @Test
    void tagsAreTrimmedLowerCasedAndKeptOnceInOrder() {
        assertThat(ProductText.tags(List.of(" Ceramic", "handmade", "CERAMIC ", "Blue")))
                .containsExactly("ceramic", "handmade", "blue");
    }

    @Test
    void missingTagsStayMissing() {
        assertThat(ProductText.tags(null)).isNull();
    }
}
