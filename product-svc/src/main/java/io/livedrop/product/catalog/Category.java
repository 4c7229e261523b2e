package io.livedrop.product.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fixed list of categories. A closed list, rather than free text, keeps search facets and
 * filters meaningful: "T-Shirt", "tshirts" and "tees" would otherwise be three categories.
 * Clients send and receive the slug ({@code apparel}).
 */
enum Category {
    APPAREL,
    ACCESSORIES,
    ART,
    PRINTS,
    MUSIC,
    BOOKS,
    HOME,
    BEAUTY,
    COLLECTIBLES,
    DIGITAL,
    OTHER;

    static final String FIELD = "category";

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Category fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(category -> category.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(FIELD, "must be one of " + slugs()));
    }

    private static String slugs() {
        return Arrays.stream(values()).map(Category::slug).collect(Collectors.joining(", "));
    }
}
