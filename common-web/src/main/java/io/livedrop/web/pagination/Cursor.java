package io.livedrop.web.pagination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.livedrop.web.problem.ProblemException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A keyset position: the sort key values of the last row of a page, e.g. {@code (createdAt, id)}.
 * The next page is {@code WHERE (created_at, id) < (:createdAt, :id) ORDER BY created_at DESC, id DESC
 * LIMIT :limit + 1}, so its cost does not grow with depth.
 *
 * <p>Clients see it only {@linkplain #encode() encoded}: base64url of a JSON array of strings. It is not
 * signed: a forged cursor only moves the position in a list the caller may read anyway. A cursor that
 * does not decode, or whose keys are not of the type a service reads them as, answers 400 naming
 * {@code cursor}.
 *
 * @param keys the key values in sort order, as strings
 */
public record Cursor(List<String> keys) {

    static final String PARAMETER = "cursor";

    /** Longer tokens are rejected before decoding; real cursors are a few dozen characters. */
    private static final int MAX_ENCODED_LENGTH = 1024;

    public Cursor {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a cursor needs at least one key");
        }
    }

    /** A cursor from key values; each is stored by {@code toString()} ({@link Instant} as ISO-8601). */
    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public static Cursor decode(String token) {
        if (token.length() > MAX_ENCODED_LENGTH) {
            throw invalid();
        }
        try {
            String[] keys = JsonMapper.shared().readValue(Base64.getUrlDecoder().decode(token), String[].class);
            if (keys == null || keys.length == 0 || Arrays.asList(keys).contains(null)) {
                throw invalid();
            }
            return new Cursor(List.of(keys));
        }
        catch (IllegalArgumentException | JacksonException ex) {
            throw invalid();
        }
    }

    public String encode() {
        byte[] json = JsonMapper.shared().writeValueAsString(keys).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    public String key(int index) {
        if (index >= keys.size()) {
            throw invalid();
        }
        return keys.get(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(key(index));
        }
        catch (DateTimeParseException ex) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(key(index));
        }
        catch (IllegalArgumentException ex) {
            throw invalid();
        }
    }

    public long longValue(int index) {
        try {
            return Long.parseLong(key(index));
        }
        catch (NumberFormatException ex) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(PARAMETER, "is not a cursor this list handed out");
    }
}
