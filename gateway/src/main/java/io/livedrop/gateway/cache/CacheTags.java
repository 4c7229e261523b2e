package io.livedrop.gateway.cache;

/**
 * Names of the groups of cache entries one event invalidates: everything showing one creator,
 * product or drop, and all drop lists.
 */
final class CacheTags {

    static final String DROP_LISTS = "drops";

    private CacheTags() {
    }

    static String creator(String creatorId) {
        return "creator:" + creatorId;
    }

    static String product(String productId) {
        return "product:" + productId;
    }

    static String drop(String dropId) {
        return "drop:" + dropId;
    }
}
