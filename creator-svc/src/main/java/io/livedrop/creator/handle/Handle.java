package io.livedrop.creator.handle;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A creator's handle, the name in their page's address. It keeps the spelling the creator chose
 * for display; {@link #key()} is its case-insensitive identity, so {@code JaneDoe} and
 * {@code janedoe} are the same handle.
 */
public record Handle(String value) {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 30;

    // ASCII only: look-alike letters from other scripts would let one creator pass for another.
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_]+");

    /**
     * Names that would look official or collide with routes and product areas. Compared by key,
     * so {@code Admin} is as reserved as {@code admin}.
     */
    private static final Set<String> RESERVED = Set.of(
            "admin", "administrator", "api", "livedrop", "me", "support", "settings", "search",
            "help", "about", "auth", "login", "logout", "signup", "official", "staff", "moderator",
            "root", "system", "security", "creators", "users", "drops", "products", "orders",
            "notifications", "www");

    public Handle {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidHandleException(problem);
        }
    }

    /** The case-insensitive identity of the handle, unique among all creators. */
    public String key() {
        return keyOf(value);
    }

    /** The key a look-up by this text would use, without checking that the text is a valid handle. */
    public static String keyOf(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String problemWith(String value) {
        // Reserved first: "me" is too short anyway, but the client should learn it is reserved.
        if (value != null && RESERVED.contains(keyOf(value))) {
            return "is reserved";
        }
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long";
        }
        if (!ALLOWED.matcher(value).matches()) {
            return "may contain only letters, digits and _";
        }
        return null;
    }
}
