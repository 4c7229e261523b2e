package io.livedrop.product.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Fields left out stay as they are; {@code tags} replaces the whole list, an empty one removes all. */
record UpdateProductRequest(
        @Size(max = ProductText.TITLE_MAX) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String title,
        @Size(max = ProductText.DESCRIPTION_MAX) String description,
        @Valid PriceBody price,
        String category,
        @Size(max = ProductText.TAGS_MAX) List<@NotBlank @Size(max = ProductText.TAG_MAX) String> tags) {
}
