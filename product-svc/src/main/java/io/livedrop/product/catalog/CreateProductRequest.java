package io.livedrop.product.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code description} and {@code tags} may be left out; {@code category} is a {@link Category} slug. */
record CreateProductRequest(
        @NotBlank @Size(max = ProductText.TITLE_MAX) String title,
        @Size(max = ProductText.DESCRIPTION_MAX) String description,
        @NotNull @Valid PriceBody price,
        @NotNull String category,
        @Size(max = ProductText.TAGS_MAX) List<@NotBlank @Size(max = ProductText.TAG_MAX) String> tags) {
}
