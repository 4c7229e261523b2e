package io.livedrop.search.products;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.livedrop.web.problem.ProblemException;

/** The orders product search offers; each ends on the id so paging never skips or repeats ties. */
enum ProductSort {

    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST;

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ProductSort fromParam(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        return Arrays.stream(values()).filter(sort -> sort.param().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("sort", "must be one of "
                        + Arrays.stream(values()).map(ProductSort::param).collect(Collectors.joining(", "))));
    }
}
