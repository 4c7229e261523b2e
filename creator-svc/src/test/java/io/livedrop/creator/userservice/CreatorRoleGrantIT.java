package io.livedrop.creator.userservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.creator.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreatorRoleGrantIT extends ServiceIntegrationTest {

    private static final Duration GRANTED = Duration.ofSeconds(15);

    @AfterEach
    void userServiceBack() {
        USER_SVC.recover();
    }

    @Test
    void creatingAPageGrantsTheCreatorRoleWithAServiceToken() {
        UUID user = aUser();

        pageOf(user);

        await().atMost(GRANTED).until(() -> USER_SVC.rolesOf(user).contains("CREATOR"));
    }

    @Test
    void serviceTokenIsReusedForLaterGrants() {
        UUID first = aUser();
        pageOf(first);
        await().atMost(GRANTED).until(() -> USER_SVC.rolesOf(first).contains("CREATOR"));
        int tokensSoFar = USER_SVC.tokensIssued();

        UUID second = aUser();
        pageOf(second);

        await().atMost(GRANTED).until(() -> USER_SVC.rolesOf(second).contains("CREATOR"));
        assertThat(USER_SVC.tokensIssued()).isEqualTo(tokensSoFar);
    }

    @Test
    void pageIsCreatedWhileUserServiceIsDownAndTheRoleFollowsWhenItIsBack() {
        UUID user = aUser();
        USER_SVC.goDown();

        ServiceClient.Response created = api().post("/api/v1/creators", tokenOf(user), aPage().body());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(USER_SVC.rolesOf(user)).isEmpty();
        USER_SVC.recover();
        await().atMost(GRANTED).until(() -> USER_SVC.rolesOf(user).contains("CREATOR"));
    }
}
