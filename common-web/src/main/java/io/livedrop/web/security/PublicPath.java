package io.livedrop.web.security;

import java.util.Locale;

import org.springframework.http.HttpMethod;

/**
 * One entry of {@code livedrop.security.public-paths}: {@code "GET /creators/*"} (that method only) or
 * {@code "/auth/**"} (any method). The pattern is a Spring path pattern, matched against the path
 * inside the servlet.
 *
 * @param method the method it is limited to, or {@code null} for any
 * @param pattern the path pattern, starting with {@code /}
 */
record PublicPath(HttpMethod method, String pattern) {

    static PublicPath parse(String entry) {
        String[] parts = entry.trim().split("\\s+");
        if (parts.length == 1 && parts[0].startsWith("/")) {
            return new PublicPath(null, parts[0]);
        }
        if (parts.length == 2 && parts[1].startsWith("/") && parts[0].chars().allMatch(Character::isLetter)) {
            return new PublicPath(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
        }
        throw new IllegalArgumentException("livedrop.security.public-paths entry '" + entry
                + "' is neither '/path/pattern' nor 'METHOD /path/pattern'");
    }
}
