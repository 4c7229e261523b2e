package io.livedrop.user.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.livedrop.user.account.Accounts;
import io.livedrop.user.account.Role;
import io.livedrop.user.token.AccessTokens;
import io.livedrop.user.token.IssuedToken;
import io.livedrop.web.problem.ProblemException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routes for other services only. They live outside {@code /api/v1}, which is all the gateway
 * forwards, so no client can reach them through it.
 */
@RestController
@RequestMapping("/internal")
@EnableConfigurationProperties(ServiceClients.class)
class InternalController {

    static final String SERVICE_ROLE = "SERVICE";

    private final ServiceClients clients;
    private final AccessTokens accessTokens;
    private final Accounts accounts;

    InternalController(ServiceClients clients, AccessTokens accessTokens, Accounts accounts) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.accounts = accounts;
    }

    /** Client credentials for a service token: {@code sub} is the client id, the only role is SERVICE. */
    @PostMapping("/service-tokens")
    ServiceToken serviceToken(@Valid @RequestBody ClientCredentials credentials) {
        if (!clients.authenticate(credentials.clientId(), credentials.clientSecret())) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-client",
                    "The client id or the client secret is wrong.");
        }
        IssuedToken token = accessTokens.issue(credentials.clientId(), List.of(SERVICE_ROLE));
        return new ServiceToken(token.value(), accessTokens.ttl().toSeconds(), "Bearer");
    }

    /** Grants a role (only CREATOR: the other roles are not for services to hand out). Idempotent. */
    @PostMapping("/users/{userId}/roles")
    @PreAuthorize("hasRole('" + SERVICE_ROLE + "')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grantRole(@PathVariable UUID userId, @Valid @RequestBody RoleGrant grant) {
        if (!Role.CREATOR.name().equals(grant.role())) {
            throw ProblemException.invalid("role", "only CREATOR can be granted");
        }
        accounts.grant(userId, Role.CREATOR);
    }

    record ClientCredentials(@NotBlank @Size(max = 100) String clientId, @NotBlank @Size(max = 256) String clientSecret) {
    }

    record ServiceToken(String accessToken, long expiresIn, String tokenType) {
    }

    record RoleGrant(@NotNull String role) {
    }
}
