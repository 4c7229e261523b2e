package io.livedrop.perf.gatling;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** How the virtual users reach LiveDrop: through the gateway, as a client app would. */
final class Gateway {

    private Gateway() {
    }

    static HttpProtocolBuilder protocol() {
        String base = Parameters.baseUrl();
        return http.baseUrl(base)
                .wsBaseUrl(base.replaceFirst("^http", "ws"))
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("livedrop-gatling");
    }
}
