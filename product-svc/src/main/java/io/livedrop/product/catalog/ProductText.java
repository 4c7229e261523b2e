package io.livedrop.product.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Limits and clean-up of a product's text. */
final class ProductText {

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 5000;
    static final int TAGS_MAX = 10;
    static final int TAG_MAX = 30;

    private ProductText() {
    }

    /** Surrounding white space is not part of what a creator means to say; null stays null. */
    static String clean(String text) {
        return text == null ? null : text.strip();
    }

    /**
     * Tags as search matches them: trimmed, lower case, each once, in the creator's order; null
     * stays null.
     */
    static List<String> tags(List<String> tags) {
        if (tags == null) {
            return null;
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String tag : tags) {
            distinct.add(tag.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(distinct);
    }
}
