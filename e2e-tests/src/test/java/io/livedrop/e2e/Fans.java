package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Signs people up and in through the gateway. */
final class Fans {

    static final String PASSWORD = "drop-it-like-1t's-hot";

    private Fans() {
    }

    /** A signed-up and logged-in user. */
    record SignedIn(String id, String email, String accessToken, String refreshToken) {
    }

    static String newEmail() {
        return "fan-" + UUID.randomUUID() + "@example.com";
    }

    static SignedIn signUpAndLogIn(String displayName) {
        String email = newEmail();
        Api.Answer created = Api.post("/api/v1/auth/signup", null,
                Map.of("email", email, "password", PASSWORD, "displayName", displayName));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        Api.Answer tokens = logIn(email);
        return new SignedIn(created.text("id"), email, tokens.text("accessToken"), tokens.text("refreshToken"));
    }

    static Api.Answer logIn(String email) {
        Api.Answer tokens = Api.post("/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD));
        assertThat(tokens.status()).as(tokens.raw().body()).isEqualTo(200);
        return tokens;
    }
}
