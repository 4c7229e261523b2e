package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The stack that `./livedrop up` starts: every service answers healthy, and the gateway routes. */
class StackHealthE2E {

    private static final String GATEWAY = System.getProperty("livedrop.gateway-url", "http://127.0.0.1:8080");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Map<String, Integer> services() {
        return Map.of("user-svc", 8081, "creator-svc", 8082, "follow-svc", 8083, "product-svc", 8084,
                "drop-svc", 8085, "order-svc", 8086, "search-svc", 8087, "notification-svc", 8088);
    }

    static Iterable<String> serviceNames() {
        return services().keySet();
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void everyServiceReportsHealthyWithItsDatabaseAndBrokers(String service) throws Exception {
        HttpResponse<String> health = get("http://127.0.0.1:" + services().get(service) + "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void everyServicePublishesRequestMetricsPerRouteForPrometheus(String service) throws Exception {
        String base = "http://127.0.0.1:" + services().get(service);
        get(base + "/actuator/health");

        HttpResponse<String> metrics = get(base + "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern(
                "http_server_requests_seconds_bucket\\{[^}]*application=\"" + service + "\"[^}]*uri=\"/actuator/health\"");
    }

    @Test
    void gatewayIsHealthy() throws Exception {
        HttpResponse<String> health = get(GATEWAY + "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void gatewayAnswersAnUnknownRouteWith404() throws Exception {
        assertThat(get(GATEWAY + "/api/v1/no-such-thing").statusCode()).isEqualTo(404);
    }

    @Test
    void serviceRefusesAProtectedCallWithoutAToken() throws Exception {
        HttpResponse<String> answer = get("http://127.0.0.1:8086/api/v1/users/me/orders");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
