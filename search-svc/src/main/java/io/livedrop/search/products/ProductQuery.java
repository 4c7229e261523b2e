package io.livedrop.search.products;

import java.util.UUID;

import io.livedrop.search.index.QueryText;
import io.livedrop.web.problem.ProblemException;

/**
 * A checked product search: every parameter is valid here or the request was answered 400.
 * Prices are in minor units, as everywhere in the API.
 *
 * @param inDrop only products that a live or scheduled drop offers
 */
record ProductQuery(String text, String category, UUID creatorId, Long minPrice, Long maxPrice, boolean inDrop,
        ProductSort sort) {

    static ProductQuery from(String q, String category, String creatorId, String minPrice, String maxPrice,
            String inDrop, String sort) {
        Long min = price("minPrice", minPrice);
        Long max = price("maxPrice", maxPrice);
        if (min != null && max != null && min > max) {
            throw ProblemException.invalid("minPrice", "must not be greater than maxPrice");
        }
        return new ProductQuery(QueryText.of("q", q), blankToNull(category), uuid(creatorId), min, max,
                flag("inDrop", inDrop), ProductSort.fromParam(sort));
    }

    /** Absent or blank is false; anything but {@code true} or {@code false} is a 400. */
    private static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(parameter, "must be true or false");
        };
    }

    private static Long price(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long price = Long.parseLong(value.strip());
            if (price >= 0) {
                return price;
            }
        }
        catch (NumberFormatException ex) {
            // answered below like a negative number
        }
        throw ProblemException.invalid(parameter, "must be a whole, non-negative amount in minor units");
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        }
        catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("creatorId", "must be a UUID");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
