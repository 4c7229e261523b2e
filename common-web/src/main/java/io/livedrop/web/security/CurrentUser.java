package io.livedrop.web.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller, taken from the access token. Declare it as a controller method parameter
 * ({@code CurrentUser caller}) on any authenticated route; on a request without a valid token the
 * parameter cannot be resolved and the answer is 401.
 *
 * @param id the user id (the token's {@code sub})
 * @param roles the caller's roles without prefix, e.g. {@code FAN}, {@code CREATOR}, {@code ADMIN}
 */
public record CurrentUser(UUID id, Set<String> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @throws IllegalArgumentException if the token's subject is not a user id */
    static CurrentUser from(Jwt jwt) {
        if (jwt.getSubject() == null) {
            throw new IllegalArgumentException("token has no subject");
        }
        List<String> roles = jwt.getClaimAsStringList(LiveDropSecurityAutoConfiguration.ROLES_CLAIM);
        return new CurrentUser(UUID.fromString(jwt.getSubject()), roles == null ? Set.of() : Set.copyOf(roles));
    }
}
