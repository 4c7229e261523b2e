package io.livedrop.creator.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.creator.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationIT extends ServiceIntegrationTest {

    @Test
    void ownerAsksToBeVerifiedAndAskingAgainWhilePendingAnswersTheSameRequest() {
        UUID owner = aUser();
        UUID page = pageOf(owner);

        ServiceClient.Response first = askToVerify(page, tokenOf(owner));
        ServiceClient.Response again = askToVerify(page, tokenOf(owner));

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(first.json().path("creatorId").asString()).isEqualTo(page.toString());
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    }

    @Test
    void someoneElseAskingForTheOwnerIsA403() {
        UUID page = pageOf(aUser());

        assertThat(askToVerify(page, tokenOf(aUser())).status()).isEqualTo(403);
    }

    @Test
    void adminApprovalVerifiesThePage() {
        UUID owner = aUser();
        UUID page = pageOf(owner);
        askToVerify(page, tokenOf(owner));

        ServiceClient.Response decided = decide(page, adminToken(), Map.of("approved", true));

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("verified").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/creators/" + page, null).json().path("verified").asBoolean()).isTrue();
        assertThat(askToVerify(page, tokenOf(owner)).problemType()).as("nothing left to ask")
                .isEqualTo("already-verified");
    }

    @Test
    void nonAdminApprovingIsA403EvenForTheOwner() {
        UUID owner = aUser();
        UUID page = pageOf(owner);
        askToVerify(page, tokenOf(owner));

        ServiceClient.Response answer = decide(page, tokenOf(owner), Map.of("approved", true));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/creators/" + page, null).json().path("verified").asBoolean()).isFalse();
    }

    @Test
    void rejectionWithoutAReasonIsA400NamingTheReason() {
        UUID page = pageOf(aUser());

        ServiceClient.Response answer = decide(page, adminToken(), Map.of("approved", false));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("reason");
    }

    @Test
    void rejectionWithAReasonRevokesAnEarlierApproval() {
        UUID page = pageOf(aUser());
        decide(page, adminToken(), Map.of("approved", true));

        ServiceClient.Response rejected = decide(page, adminToken(), Map.of("approved", false, "reason", "Impersonation report."));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("verified").asBoolean()).isFalse();
    }

    @Test
    void decidingOnAnUnknownCreatorIsA404() {
        assertThat(decide(UUID.fromString(UNKNOWN_ID), adminToken(), Map.of("approved", true)).status())
                .isEqualTo(404);
    }

    private ServiceClient.Response askToVerify(UUID page, String token) {
        return api().post("/api/v1/creators/" + page + "/verification-requests", token, Map.of());
    }

    private ServiceClient.Response decide(UUID page, String token, Map<String, ?> decision) {
        return api().post("/api/v1/admin/creators/" + page + "/verification", token, decision);
    }
}
