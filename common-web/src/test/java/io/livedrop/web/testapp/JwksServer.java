package io.livedrop.web.testapp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Serves a JWKS over real HTTP on a free loopback port, as user-svc does. */
final class JwksServer {

    static final String PATH = "/.well-known/jwks.json";

    private final HttpServer server;

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    static JwksServer serving(String jwksJson) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = jwksJson.getBytes(StandardCharsets.UTF_8);
            server.createContext(PATH, exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new JwksServer(server);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }
}
