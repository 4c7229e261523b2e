package io.livedrop.user.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceClientsTest {

    private final ServiceClients clients = new ServiceClients(Map.of("creator-svc", "s3cret-value"));

    @Test
    void configuredClientWithItsSecretIsAuthenticated() {
        assertThat(clients.authenticate("creator-svc", "s3cret-value")).isTrue();
    }

    @Test
    void wrongSecretOrUnknownClientIsNot() {
        assertThat(clients.authenticate("creator-svc", "s3cret-valuE")).isFalse();
        assertThat(clients.authenticate("creator-svc", "")).isFalse();
        assertThat(clients.authenticate("order-svc", "s3cret-value")).isFalse();
        assertThat(new ServiceClients(Map.of("blank-svc", "")).authenticate("blank-svc", "")).isFalse();
    }
}
