package io.livedrop.user.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Issues RS256 access tokens: {@code sub}, {@code roles}, {@code jti}, {@code iss}, {@code iat},
 * {@code exp}, signed with the current key and naming it in the {@code kid} header.
 */
public class AccessTokens {

    /** The issuer every service checks (common-web's {@code livedrop.security.issuer}). */
    static final String ISSUER = "livedrop-user-svc";

    static final String ROLES_CLAIM = "roles";

    private final SigningKeys keys;
    private final RSASSASigner signer;
    private final Duration ttl;
    private final Clock clock;

    AccessTokens(SigningKeys keys, Duration ttl, Clock clock) {
        this.keys = keys;
        this.ttl = ttl;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(keys.current());
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("the signing key cannot sign", ex);
        }
    }

    /** How long a token lives, the {@code expiresIn} of a token answer. */
    public Duration ttl() {
        return ttl;
    }

    /**
     * @param subject the user id, or the client id of a service
     * @param roles role names without prefix
     */
    public IssuedToken issue(String subject, Collection<String> roles) {
        // Whole seconds: iat and exp are NumericDates, and expiresAt must be the exp the token carries.
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(ttl);
        String id = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim(ROLES_CLAIM, roles.stream().sorted().toList())
                .jwtID(id)
                .issuer(ISSUER)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.current().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("cannot sign an access token", ex);
        }
        return new IssuedToken(jwt.serialize(), id, expiresAt);
    }
}
