package io.livedrop.drop;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.testinfra.ServiceClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocsIT extends DropServiceHarness {

    @Test
    void theOpenApiDocumentDescribesTheDropRoutes() {
        ServiceClient.Response response = api().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
        assertThat(paths.path("/api/v1/drops").has("post")).isTrue();
        assertThat(paths.path("/api/v1/drops").has("get")).isTrue();
        assertThat(paths.path("/api/v1/drops/{dropId}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/drops/{dropId}").has("patch")).isTrue();
        assertThat(paths.has("/api/v1/drops/{dropId}/cancel")).isTrue();
        assertThat(paths.has("/api/v1/creators/{creatorId}/drops")).isTrue();
    }
}
