package io.livedrop.user.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.users.service-clients.<clientId>=<secret>}: the services that may obtain a service
 * token. Only the {@code local} profile configures one ({@code creator-svc}).
 */
@ConfigurationProperties("livedrop.users")
record ServiceClients(@DefaultValue Map<String, String> serviceClients) {

    /** Whether the secret is this client's; compared in constant time, so timing reveals nothing. */
    boolean authenticate(String clientId, String secret) {
        String expected = serviceClients.get(clientId);
        // Comparing digests keeps the time independent of the secrets' lengths too.
        boolean matches = MessageDigest.isEqual(sha256(expected == null ? "" : expected), sha256(secret));
        return expected != null && !expected.isEmpty() && matches;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
