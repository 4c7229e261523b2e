package io.livedrop.gateway;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one LiveDrop service on a free loopback port. It records every request and
 * answers with a stubbed reply for the path, or else with JSON naming itself and what it received.
 * {@code /ws/notifications} accepts WebSockets and sends one message naming the user it was given,
 * then keeps the session open, as notification-svc does.
 */
final class Upstream {

    private final String name;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final Map<String, Function<Received, Reply>> stubs = new ConcurrentHashMap<>();

    private final DisposableServer server;

    private Upstream(String name) {
        this.name = name;
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes
                        .ws("/ws/notifications", (in, out) -> out.sendString(
                                Mono.just("hello " + in.headers().get("X-User-Id"))).then(Mono.never()))
                        .route(request -> true, this::handle))
                .bindNow();
    }

    static Upstream start(String name) {
        return new Upstream(name);
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** From now on, {@code path} (without query) is answered with {@code reply}. */
    void stub(String path, Reply reply) {
        stub(path, request -> reply);
    }

    /** From now on, {@code path} (without query) is answered by {@code replies}, given the request. */
    void stub(String path, Function<Received, Reply> replies) {
        stubs.put(path, replies);
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            String uri = request.uri();
            int query = uri.indexOf('?');
            String path = query < 0 ? uri : uri.substring(0, query);
            Received got = new Received(request.method().name(), path, request.requestHeaders().copy(), body);
            received.add(got);
            Reply reply = stubs.getOrDefault(path, unstubbed -> Reply.json(200, echo(unstubbed))).apply(got);
            reply.headers().forEach(response::header);
            Mono<Void> send = response.status(reply.status())
                    .header("Content-Type", reply.contentType())
                    .sendString(Mono.just(reply.body())).then();
            return reply.delay().isZero() ? send : Mono.delay(reply.delay()).then(send);
        });
    }

    private String echo(Received got) {
        return JsonMapper.shared().writeValueAsString(Map.of("service", name, "path", got.path(),
                "userId", String.valueOf(got.headers().get("X-User-Id"))));
    }

    /** A request as the service saw it. */
    record Received(String method, String path, HttpHeaders headers, String body) {

        String header(String name) {
            return headers.get(name);
        }
    }

    /** What a stubbed path answers. */
    record Reply(int status, String contentType, Map<String, String> headers, String body, Duration delay) {

        static Reply json(int status, String body) {
            return new Reply(status, "application/json", Map.of(), body, Duration.ZERO);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, contentType, Map.copyOf(more), body, delay);
        }

        Reply after(Duration delay) {
            return new Reply(status, contentType, headers, body, delay);
        }
    }
}
