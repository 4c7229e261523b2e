package io.livedrop.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.livedrop.testinfra.Servers;
import io.livedrop.testinfra.TestTokens;

/**
 * order-svc as it ships: the packaged jar (built by the package phase, before integration tests) run as
 * a child process with the JVM running the tests, against the same servers. It can be killed as the
 * operating system would (SIGKILL) and started again; its output goes to {@code target/<name>-<n>.log}.
 * Closing it kills whatever still runs.
 */
final class PackagedOrderService implements AutoCloseable {

    private static final List<String> SERVER_SETTINGS = List.of("LIVEDROP_PG_HOST", "LIVEDROP_PG_PORT",
            "LIVEDROP_PG_DATABASE", "LIVEDROP_REDIS_HOST", "LIVEDROP_REDIS_PORT", "LIVEDROP_KAFKA_BOOTSTRAP");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> arguments;
    private int starts;
    private int port;
    private Process process;

    private PackagedOrderService(String name, List<String> arguments) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
    }

    /** Starts the jar with these extra arguments ({@code --property=value}) and waits until it is ready. */
    static PackagedOrderService start(String name, List<String> arguments) {
        PackagedOrderService service = new PackagedOrderService(name, arguments);
        service.startAgain();
        return service;
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever was in flight is cut off. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, ex);
        }
    }

    /** Starts the jar again, on a new port, and waits until it is ready. */
    void startAgain() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " still runs");
        }
        starts++;
        port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // A test instance on a busy build machine: a quick start matters more than peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar().toString(), "--server.port=" + port,
                "--livedrop.security.jwks-uri=" + TestTokens.jwksUri()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", name + "-" + starts + ".log").toFile());
        SERVER_SETTINGS.forEach(key -> builder.environment().put(key, Servers.get(key)));
        try {
            process = builder.start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start " + name, ex);
        }
        awaitReady();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
                        + Path.of("target", name + "-" + starts + ".log").toAbsolutePath());
            }
            if (ready()) {
                return;
            }
            pause();
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT);
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The executable jar; the plain one (and Boot's {@code .original}) has no dependencies inside. */
    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("order-svc.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().contains("-plain"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged order-svc jar in "
                            + Path.of("target").toAbsolutePath() + "; run the integration tests through Maven (verify)"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
