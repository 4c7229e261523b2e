package io.livedrop.user.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RefreshIT extends HttpIntegration {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refreshAnswersANewPair() {
        Session fan = aSignedInFan();

        Api.Response refreshed = refresh(fan.refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        String newRefreshToken = refreshed.json().path("refreshToken").asString();
        String newAccessToken = refreshed.json().path("accessToken").asString();
        assertThat(newRefreshToken).isNotEqualTo(fan.refreshToken());
        assertThat(newAccessToken).isNotEqualTo(fan.accessToken());
        assertThat(api.get("/api/v1/users/me", newAccessToken).status()).isEqualTo(200);
        assertThat(refresh(newRefreshToken).status()).as("the new one rotates in turn").isEqualTo(200);
    }

    @Test
    void reusedRefreshTokenIsRefusedAndKillsItsWholeFamily() {
        Session fan = aSignedInFan();
        String newest = refresh(fan.refreshToken()).json().path("refreshToken").asString();

        Api.Response reuse = refresh(fan.refreshToken());

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.problemType()).isEqualTo("https://livedrop.io/problems/invalid-refresh-token");
        assertThat(refresh(newest).status()).as("the newest token of the family is dead too").isEqualTo(401);
    }

    @Test
    void otherLoginsSurviveATheftInOneFamily() {
        Session fan = aSignedInFan();
        Session otherDevice = logIn(fan.id(), fan.email(), fan.password());
        refresh(fan.refreshToken());

        refresh(fan.refreshToken());

        assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void expiredRefreshTokenIsRefused() {
        Session fan = aSignedInFan();
        jdbc.update("UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?",
                (Object) OpaqueTokens.hash(fan.refreshToken()));

        assertThat(refresh(fan.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void unknownRefreshTokenIsRefused() {
        assertThat(refresh(OpaqueTokens.generate()).status()).isEqualTo(401);
    }

    @Test
    void missingRefreshTokenIsNamed() {
        Api.Response response = api.post("/api/v1/auth/refresh", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidFields()).containsExactly("refreshToken");
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }
}
