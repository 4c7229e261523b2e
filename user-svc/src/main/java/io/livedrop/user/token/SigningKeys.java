package io.livedrop.user.token;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The key that signs access tokens and the public keys that verify them: the current one and, after
 * a rotation, the previous one. A key's {@code kid} is its RFC 7638 thumbprint, so it follows from the
 * key itself and needs no configuration of its own.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    static final int MIN_KEY_BITS = 2048;

    private final RSAKey current;
    private final JWKSet published;

    private SigningKeys(RSAKey current, List<RSAKey> previous) {
        this.current = current;
        List<JWK> keys = new ArrayList<>();
        keys.add(current.toPublicJWK());
        previous.stream().filter(key -> !key.getKeyID().equals(current.getKeyID()))
                .forEach(key -> keys.add(key.toPublicJWK()));
        this.published = new JWKSet(keys);
    }

    /**
     * The configured keys, or a generated key where that is allowed (the {@code local} profile).
     *
     * @throws IllegalStateException when no signing key is configured and none may be generated, or a
     *         configured key is unusable
     */
    static SigningKeys load(TokenProperties properties, boolean mayGenerate) {
        List<RSAKey> previous = isBlank(properties.previousPublicKey()) ? List.of()
                : List.of(withKeyId(new RSAKey.Builder(parsePublicKey(properties.previousPublicKey()))));
        if (!isBlank(properties.signingKey())) {
            return of(fromPrivateKey(properties.signingKey()), previous);
        }
        if (!mayGenerate) {
            throw new IllegalStateException("livedrop.users.tokens.signing-key is not set: configure the RSA private key "
                    + "that signs access tokens (PEM, PKCS#8). Only the local profile generates one.");
        }
        log.warn("Signing access tokens with a key generated at start-up (local profile): "
                + "tokens issued before a restart no longer verify");
        return of(generate(), previous);
    }

    static SigningKeys of(RSAKey current, List<RSAKey> previous) {
        return new SigningKeys(current, previous);
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(MIN_KEY_BITS).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("cannot generate an RSA key", ex);
        }
    }

    /** The key new tokens are signed with, private part included. */
    RSAKey current() {
        return current;
    }

    /** Every key a token may be verified with, public parts only: the JWKS. */
    JWKSet published() {
        return published;
    }

    private static RSAKey fromPrivateKey(String pem) {
        RSAPrivateKey privateKey = RsaKeyConverters.pkcs8().convert(stream(pem));
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("livedrop.users.tokens.signing-key must be a complete RSA key (PKCS#8)");
        }
        return withKeyId(new RSAKey.Builder(publicKeyOf(crt.getModulus(), crt.getPublicExponent())).privateKey(privateKey));
    }

    private static RSAPublicKey parsePublicKey(String pem) {
        return RsaKeyConverters.x509().convert(stream(pem));
    }

    private static RSAPublicKey publicKeyOf(BigInteger modulus, BigInteger exponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot derive the public key of the signing key", ex);
        }
    }

    private static RSAKey withKeyId(RSAKey.Builder builder) {
        try {
            RSAKey key = builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
            if (key.size() < MIN_KEY_BITS) {
                throw new IllegalStateException("RSA keys must have at least " + MIN_KEY_BITS + " bits, not " + key.size());
            }
            return key;
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("cannot compute the key id", ex);
        }
    }

    private static ByteArrayInputStream stream(String pem) {
        return new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
