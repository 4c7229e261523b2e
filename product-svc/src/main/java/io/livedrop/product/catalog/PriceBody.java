package io.livedrop.product.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A price as a client sends it; {@link Price} checks the currency. */
record PriceBody(@NotNull @Positive Long amount, @NotNull String currency) {

    Price toPrice() {
        return new Price(amount, currency);
    }
}
