package io.livedrop.search.index;

/**
 * The searchable collections. Each is read and written only through its alias; the mapping of the
 * current version is {@code search/<name>-v<mappingVersion>.json} on the classpath.
 */
public enum SearchIndex {

    PRODUCTS("products", 1),
    DROPS("drops", 1),
    CREATORS("creators", 1);

    private final String baseName;
    private final int mappingVersion;

    SearchIndex(String baseName, int mappingVersion) {
        this.baseName = baseName;
        this.mappingVersion = mappingVersion;
    }

    public String baseName() {
        return baseName;
    }

    String mappingResource() {
        return "search/" + baseName + "-v" + mappingVersion + ".json";
    }

    String versionSuffix() {
        return "-v" + mappingVersion;
    }
}
