package io.livedrop.events;

/** One topic per producing domain; a consumer's poison records go to {@code <topic>.dlt}. */
public final class Topics {

    public static final String USERS = "livedrop.users";
    public static final String CREATORS = "livedrop.creators";
    public static final String FOLLOWS = "livedrop.follows";
    public static final String PRODUCTS = "livedrop.products";
    public static final String DROPS = "livedrop.drops";
    public static final String ORDERS = "livedrop.orders";
    public static final String NOTIFICATION_FANOUT = "livedrop.notifications.fanout";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
