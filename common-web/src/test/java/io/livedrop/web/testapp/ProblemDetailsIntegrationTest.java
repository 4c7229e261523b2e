package io.livedrop.web.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ProblemDetailsIntegrationTest extends WebIntegrationTest {

    private static final String PROBLEMS = "https://livedrop.io/problems/";

    private final String token = TOKENS.token().sign();

    @Test
    void unknownRouteAnswers404Problem() {
        Response response = get("/test/no-such-route", token);

        assertProblem(response, 404, "not-found");
        assertThat(response.json().get("instance").asString()).isEqualTo("/test/no-such-route");
    }

    @Test
    void validationErrorAnswers400WithFieldErrors() {
        Response response = post("/test/items", token, "application/json", "{\"name\":\"\",\"quantity\":0}");

        assertProblem(response, 400, "validation");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("name", "quantity");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void constraintOnRequestParameterAnswers400NamingIt() {
        Response response = get("/test/range?n=0", token);

        assertProblem(response, 400, "validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("n");
    }

    @Test
    void malformedJsonAnswers400MalformedRequest() {
        Response response = post("/test/items", token, "application/json", "{\"name\": ");

        assertProblem(response, 400, "malformed-request");
        assertThat(response.body()).doesNotContain("tools.jackson", "TestController");
    }

    @Test
    void missingParameterHeaderOrWrongTypeAnswers400NamingIt() {
        Response missingParameter = get("/test/search", token);
        Response missingHeader = get("/test/tagged", token);
        Response wrongType = get("/test/items/not-a-uuid", token);

        assertProblem(missingParameter, 400, "bad-request");
        assertThat(missingParameter.json().get("detail").asString()).contains("'q'");
        assertProblem(missingHeader, 400, "bad-request");
        assertThat(missingHeader.json().get("detail").asString()).contains("'X-Tag'");
        assertProblem(wrongType, 400, "bad-request");
        assertThat(wrongType.json().get("detail").asString()).contains("'id'");
    }

    @Test
    void wrongMethodAnswers405Problem() {
        Response response = send(request("/test/me", token).DELETE());

        assertProblem(response, 405, "method-not-allowed");
    }

    @Test
    void unsupportedMediaTypeAnswers415Problem() {
        Response response = post("/test/items", token, "text/plain", "name=x");

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void uncaughtExceptionAnswers500WithoutLeakingInternals() {
        Response response = get("/test/boom", token);

        assertProblem(response, 500, "internal");
        assertThat(response.body()).doesNotContain(TestController.LEAKY_MESSAGE, "IllegalStateException",
                "trace", "at io.livedrop");
    }

    @Test
    void domainProblemExceptionAnswersItsTypeAndExtensions() {
        Response response = get("/test/sold-out", token);

        assertProblem(response, 409, "sold-out");
        JsonNode problem = response.json();
        assertThat(problem.get("title").asString()).isEqualTo("Sold out");
        assertThat(problem.get("detail").asString()).isEqualTo("The drop has no stock left.");
        assertThat(problem.get("productId").asString()).isEqualTo("p-1");
    }

    @Test
    void errorRaisedOutsideSpringMvcAnswersProblem() {
        Response response = send(request("/test/send-error", token).GET());

        assertProblem(response, 503, "service-unavailable");
        assertThat(response.json().get("instance").asString()).isEqualTo("/test/send-error");
    }

    @Test
    void unknownRouteAnswersProblemEvenToABrowser() {
        Response response = send(request("/test/no-such-route", token).setHeader("Accept", "text/html")
                .method("GET", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Whitelabel");
    }

    private static void assertProblem(Response response, int status, String slug) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.isProblem()).as("content type %s", response.contentType()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo(PROBLEMS + slug);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }
}
