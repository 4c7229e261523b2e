package io.livedrop.order.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fingerprint of what a request asks for, to tell a retry from a different request under the same key. */
public final class RequestHash {

    private RequestHash() {
    }

    /** SHA-256 over the route and the request's fields in a fixed order. */
    public static String of(String route, Object... fields) {
        StringBuilder canonical = new StringBuilder(route);
        for (Object field : fields) {
            canonical.append('\n').append(field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
