package io.livedrop.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ApiDocsIT extends FollowServiceHarness {

    @Test
    void theOpenApiDocumentDescribesTheFollowRoutes() {
        Response response = get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/v1/creators/{creatorId}/followers/me")).isTrue();
        assertThat(paths.has("/api/v1/creators/{creatorId}/followers")).isTrue();
        assertThat(paths.has("/api/v1/users/{userId}/following")).isTrue();
        assertThat(paths.has("/api/v1/creators/{creatorId}/follower-count")).isTrue();
        assertThat(paths.has("/api/v1/users/me/following/{creatorId}")).isTrue();
    }
}
