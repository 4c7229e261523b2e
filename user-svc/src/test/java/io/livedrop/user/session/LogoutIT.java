package io.livedrop.user.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;

import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class LogoutIT extends HttpIntegration {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void logoutDeniesTheAccessTokenAtOnceForAsLongAsItWouldHaveLived() throws Exception {
        Session fan = aSignedInFan();
        String jti = SignedJWT.parse(fan.accessToken()).getJWTClaimsSet().getJWTID();

        Api.Response logout = logout(fan.refreshToken(), fan.accessToken());

        assertThat(logout.status()).isEqualTo(204);
        String key = "ld:user:revoked-jti:" + jti;
        assertThat(redis.opsForValue().get(key)).isEqualTo("1");
        assertThat(redis.getExpire(key)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(api.get("/api/v1/users/me", fan.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void logoutKillsTheRefreshFamily() {
        Session fan = aSignedInFan();

        logout(fan.refreshToken(), fan.accessToken());

        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", fan.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void logoutNeedsAnAccessToken() {
        Session fan = aSignedInFan();

        assertThat(logout(fan.refreshToken(), null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", fan.refreshToken())).status())
                .as("nothing was revoked").isEqualTo(200);
    }

    @Test
    void someoneElsesRefreshTokenIsLeftAlone() {
        Session fan = aSignedInFan();
        Session other = aSignedInFan();

        assertThat(logout(other.refreshToken(), fan.accessToken()).status()).isEqualTo(204);

        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", other.refreshToken())).status()).isEqualTo(200);
    }

    private Api.Response logout(String refreshToken, String accessToken) {
        return api.post("/api/v1/auth/logout", Map.of("refreshToken", refreshToken), accessToken);
    }
}
