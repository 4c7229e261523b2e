package io.livedrop.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;

import org.junit.jupiter.api.Test;

/** The local profile's administrator (application.yml); see ConfiguredKeysIT for other profiles. */
class AdminAccountIT extends HttpIntegration {

    @Test
    void localProfileCreatesTheConfiguredAdministrator() {
        Api.Response login = api.post("/api/v1/auth/login",
                Map.of("email", "admin@livedrop.local", "password", "local-admin-password"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);

        Api.Response me = api.get("/api/v1/users/me", login.json().path("accessToken").asString());

        assertThat(me.json().path("roles").valueStream().map(role -> role.asString())).contains("ADMIN", "FAN");
    }
}
