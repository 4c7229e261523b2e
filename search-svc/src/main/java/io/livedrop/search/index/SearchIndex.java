package io.livedrop.search.index;

import java.util.OptionalInt;

/**
 * The searchable collections. Each is read and written only through its alias; the mapping of the
 * current version is {@code search/<name>-v<mappingVersion>.json} on the classpath.
 */
public enum SearchIndex {

    PRODUCTS("products", 1),
    /** v2: {@code productIds}, the products a drop offers. */
    DROPS("drops", 2),
    CREATORS("creators", 1),
    /** Each product's units left over its drops, kept from product.stock-changed alone. */
    PRODUCT_STOCK("product-stock", 1);

    private final String baseName;
    private final int mappingVersion;

    SearchIndex(String baseName, int mappingVersion) {
        this.baseName = baseName;
        this.mappingVersion = mappingVersion;
    }

    public String baseName() {
        return baseName;
    }

    int mappingVersion() {
        return mappingVersion;
    }

    String mappingResource() {
        return "search/" + baseName + "-v" + mappingVersion + ".json";
    }

    String versionSuffix() {
        return "-v" + mappingVersion;
    }

    /**
     * The mapping version a concrete index behind {@code alias} was created with, from its name
     * ({@code <alias>-v<N>} or {@code <alias>-v<N>-<stamp>}); empty for a name not made that way.
     */
    static OptionalInt mappingVersionOf(String alias, String indexName) {
        String start = alias + "-v";
        if (!indexName.startsWith(start)) {
            return OptionalInt.empty();
        }
        String rest = indexName.substring(start.length());
        int dash = rest.indexOf('-');
        try {
            return OptionalInt.of(Integer.parseInt(dash < 0 ? rest : rest.substring(0, dash)));
        }
        catch (NumberFormatException ex) {
            return OptionalInt.empty();
        }
    }
}
