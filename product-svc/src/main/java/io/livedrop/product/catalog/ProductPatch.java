package io.livedrop.product.catalog;

import java.util.List;

/** The parts of a product an edit changes; null leaves a part as it is. */
record ProductPatch(String title, String description, Price price, Category category, List<String> tags) {
}
