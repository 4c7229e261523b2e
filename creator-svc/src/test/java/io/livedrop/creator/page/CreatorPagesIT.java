package io.livedrop.creator.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.creator.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CreatorPagesIT extends ServiceIntegrationTest {

    @Test
    void signedInUserCreatesAPageAnsweredWithItsLocation() {
        UUID user = aUser();
        String handle = aHandle();

        ServiceClient.Response created = api().post("/api/v1/creators", tokenOf(user), aPage().handle(handle).body());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode page = created.json();
        assertThat(created.location()).isEqualTo("/api/v1/creators/" + page.path("id").asString());
        assertThat(page.path("userId").asString()).isEqualTo(user.toString());
        assertThat(page.path("handle").asString()).isEqualTo(handle);
        assertThat(page.path("displayName").asString()).isEqualTo("Jane Maker");
        assertThat(page.path("bio").asString()).isEqualTo("Ceramics, small batches.");
        assertThat(page.path("verified").asBoolean()).isFalse();
        assertThat(page.path("followerCount").asLong()).isZero();
    }

    @Test
    void anyoneReadsAPageByIdOrByHandleInAnyCase() {
        String handle = "Pots_" + aHandle();
        UUID id = UUID.fromString(api().post("/api/v1/creators", tokenOf(aUser()), aPage().handle(handle).body())
                .json().path("id").asString());

        ServiceClient.Response byId = api().get("/api/v1/creators/" + id, null);
        ServiceClient.Response byHandle = api().get("/api/v1/creators/" + handle.toLowerCase(), null);

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().path("handle").asString()).isEqualTo(handle);
        assertThat(byHandle.status()).isEqualTo(200);
        assertThat(byHandle.json().path("id").asString()).isEqualTo(id.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { UNKNOWN_ID, "nobody_here_at_all" })
    void unknownCreatorIsA404Problem(String idOrHandle) {
        ServiceClient.Response answer = api().get("/api/v1/creators/" + idOrHandle, null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ab", "jane-doe", "jane doe", "a234567890123456789012345678901" })
    void invalidHandleIsA400NamingTheHandle(String handle) {
        ServiceClient.Response answer = api().post("/api/v1/creators", tokenOf(aUser()), aPage().handle(handle).body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("validation");
        assertThat(answer.invalidField()).isEqualTo("handle");
    }

    @ParameterizedTest
    @ValueSource(strings = { "admin", "API", "LiveDrop", "me", "support", "settings", "search" })
    void reservedHandleIsA400NamingTheHandle(String handle) {
        ServiceClient.Response answer = api().post("/api/v1/creators", tokenOf(aUser()), aPage().handle(handle).body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("handle");
        assertThat(answer.json().path("errors").path(0).path("message").asString()).isEqualTo("is reserved");
    }

    @Test
    void handleTakenInAnotherCaseIsA409() {
        String handle = "Maker_" + aHandle();
        api().post("/api/v1/creators", tokenOf(aUser()), aPage().handle(handle).body());

        ServiceClient.Response answer = api().post("/api/v1/creators", tokenOf(aUser()),
                aPage().handle(handle.toUpperCase()).body());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("handle-taken");
    }

    @Test
    void concurrentClaimsOfOneHandleGiveOnePageAndConflictsForTheRest() throws Exception {
        String handle = aHandle();
        List<Callable<Integer>> claims = IntStream.range(0, 6)
                .<Callable<Integer>>mapToObj(i -> () -> api().post("/api/v1/creators", tokenOf(aUser()),
                        aPage().handle(handle).body()).status())
                .toList();

        List<Integer> statuses;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            statuses = executor.invokeAll(claims).stream().map(Future::resultNow).toList();
        }

        assertThat(statuses).containsOnlyOnce(201).filteredOn(status -> status != 201).containsOnly(409);
    }

    @Test
    void secondPageOfOneUserIsA409() {
        UUID user = aUser();
        pageOf(user);

        ServiceClient.Response answer = api().post("/api/v1/creators", tokenOf(user), aPage().body());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("already-creator");
    }

    @Test
    void creatingWithoutATokenIsA401() {
        assertThat(api().post("/api/v1/creators", null, aPage().body()).status()).isEqualTo(401);
    }

    @Test
    void missingDisplayNameIsA400NamingIt() {
        ServiceClient.Response answer = api().post("/api/v1/creators", tokenOf(aUser()), aPage().withoutDisplayName().body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("displayName");
    }

    @Test
    void ownerEditsThePage() {
        UUID owner = aUser();
        UUID id = pageOf(owner);

        ServiceClient.Response edited = api().patch("/api/v1/creators/" + id, tokenOf(owner),
                Map.of("displayName", "Jane M.", "bio", ""));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonNode page = api().get("/api/v1/creators/" + id, null).json();
        assertThat(page.path("displayName").asString()).isEqualTo("Jane M.");
        assertThat(page.path("bio").isNull()).isTrue();
    }

    @Test
    void someoneElseEditingThePageIsA403() {
        UUID id = pageOf(aUser());

        ServiceClient.Response answer = api().patch("/api/v1/creators/" + id, tokenOf(aUser()), Map.of("displayName", "Mine"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/creators/" + id, null).json().path("displayName").asString())
                .isEqualTo("Jane Maker");
    }

    @Test
    void blankOrOverlongEditIsA400() {
        UUID owner = aUser();
        UUID id = pageOf(owner);

        ServiceClient.Response blank = api().patch("/api/v1/creators/" + id, tokenOf(owner), Map.of("displayName", "  "));
        ServiceClient.Response overlong = api().patch("/api/v1/creators/" + id, tokenOf(owner), Map.of("bio", "x".repeat(501)));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.invalidField()).isEqualTo("displayName");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.invalidField()).isEqualTo("bio");
    }

    @Test
    void editingAnUnknownPageIsA404() {
        ServiceClient.Response answer = api().patch("/api/v1/creators/" + UNKNOWN_ID, tokenOf(aUser()),
                Map.of("displayName", "Ghost"));

        assertThat(answer.status()).isEqualTo(404);
    }
}
