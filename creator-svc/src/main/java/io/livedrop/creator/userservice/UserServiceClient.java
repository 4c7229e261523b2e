package io.livedrop.creator.userservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** user-svc's internal API, called with a service token that is fetched once and reused until it nears expiry. */
class UserServiceClient {

    /** The client user-svc knows creator-svc as. */
    static final String CLIENT_ID = "creator-svc";

    private final RestClient http;
    private final String clientSecret;
    private final Clock clock;
    private final ReentrantLock tokenLock = new ReentrantLock();
    private ServiceToken token;

    UserServiceClient(RestClient http, String clientSecret, Clock clock) {
        this.http = http;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** Adds a role to the user; user-svc treats a role the user already has as done. */
    void grantRole(UUID userId, String role) {
        String bearer = serviceToken();
        try {
            http.post().uri("/internal/users/{userId}/roles", userId)
                    .headers(headers -> headers.setBearerAuth(bearer))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new RoleGrant(role))
                    .retrieve()
                    .toBodilessEntity();
        }
        catch (HttpClientErrorException.Unauthorized e) {
            // Revoked, or signed with a key user-svc retired: the next attempt fetches a new one.
            forget(bearer);
            throw e;
        }
    }

    private String serviceToken() {
        tokenLock.lock();
        try {
            Instant now = clock.instant();
            if (token == null || !token.usableAt(now)) {
                TokenAnswer answer = http.post().uri("/internal/service-tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(new TokenRequest(CLIENT_ID, clientSecret))
                        .retrieve()
                        .body(TokenAnswer.class);
                if (answer == null || answer.accessToken() == null || answer.expiresIn() <= 0) {
                    throw new RestClientException("user-svc answered the token request without a usable token");
                }
                token = ServiceToken.issued(answer.accessToken(), Duration.ofSeconds(answer.expiresIn()), now);
            }
            return token.value();
        }
        finally {
            tokenLock.unlock();
        }
    }

    private void forget(String bearer) {
        tokenLock.lock();
        try {
            if (token != null && token.value().equals(bearer)) {
                token = null;
            }
        }
        finally {
            tokenLock.unlock();
        }
    }

    record TokenRequest(String clientId, String clientSecret) {

        @Override
        public String toString() {
            return "TokenRequest[clientId=" + clientId + "]";
        }
    }

    record TokenAnswer(String accessToken, long expiresIn) {

        @Override
        public String toString() {
            return "TokenAnswer[expiresIn=" + expiresIn + "]";
        }
    }

    record RoleGrant(String role) {
    }
}
