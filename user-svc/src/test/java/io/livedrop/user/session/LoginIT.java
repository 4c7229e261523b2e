package io.livedrop.user.session;

import static io.livedrop.user.SignUp.aFan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;
import io.livedrop.user.SignUp;

import org.junit.jupiter.api.Test;

class LoginIT extends HttpIntegration {

    @Test
    void loginAnswersATokenPairThatOpensTheAccount() {
        SignUp signUp = aFan();
        api.post("/api/v1/auth/signup", signUp.body());

        Api.Response login = api.post("/api/v1/auth/login", Map.of("email", signUp.email(), "password", signUp.password()));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.json().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(login.json().path("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");
        String accessToken = login.json().path("accessToken").asString();
        assertThat(api.get("/api/v1/users/me", accessToken).json().path("email").asString()).isEqualTo(signUp.email());
    }

    @Test
    void emailIsMatchedWhateverItsLetterCase() {
        SignUp signUp = aFan();
        api.post("/api/v1/auth/signup", signUp.body());

        Api.Response login = api.post("/api/v1/auth/login",
                Map.of("email", " " + signUp.email().toUpperCase() + " ", "password", signUp.password()));

        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        SignUp signUp = aFan();
        api.post("/api/v1/auth/signup", signUp.body());

        Api.Response wrongPassword = api.post("/api/v1/auth/login",
                Map.of("email", signUp.email(), "password", "not-the-password-1"));
        Api.Response unknownEmail = api.post("/api/v1/auth/login",
                Map.of("email", "nobody-" + signUp.email(), "password", signUp.password()));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
        assertThat(wrongPassword.problemType()).isEqualTo("https://livedrop.io/problems/invalid-credentials");
    }

    @Test
    void missingCredentialsAreNamed() {
        Api.Response response = api.post("/api/v1/auth/login", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidFields()).containsExactlyInAnyOrder("email", "password");
    }
}
