package io.livedrop.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The benchmark's WebSocket client against a loopback server that speaks RFC 6455 frame by frame. */
class SocketFleetTest {

    private static final Pattern KEY = Pattern.compile("Sec-WebSocket-Key: (\\S+)");

    @Test
    void everyTextMessageArrivesWholeAndInOrder() throws Exception {
        String longText = "x".repeat(300);
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> serve(server, (in, out) -> {
                out.write(frame(0x81, "hello"));
                out.write(frame(0x01, "par"));
                out.write(frame(0x80, "ts"));
                out.write(frame(0x81, longText));
            }));
            BlockingQueue<String> received = new LinkedBlockingQueue<>();

            try (SocketFleet fleet = SocketFleet.open(List.of(uri(server)), 1, socket -> "/ws?access_token=t",
                    (socket, message, at) -> received.add(socket + ":" + message), new AtomicInteger())) {
                assertThat(fleet.size()).isEqualTo(1);
                assertThat(List.of(next(received), next(received), next(received)))
                        .containsExactly("0:hello", "0:parts", "0:" + longText);
            }
            serving.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPingIsAnsweredWithAMaskedPongCarryingItsPayload() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> pong = new CompletableFuture<>();
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> serve(server, (in, out) -> {
                out.write(frame(0x89, "are you there"));
                pong.complete(readClientFrame(in));
            }));

            try (SocketFleet fleet = SocketFleet.open(List.of(uri(server)), 1, socket -> "/ws", (socket, message, at) -> {
            }, new AtomicInteger())) {
                assertThat(pong.get(5, TimeUnit.SECONDS)).isEqualTo("opcode 10, masked, are you there");
            }
            serving.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRefusedHandshakeIsTriedAgainThenLeftOut() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Void> refusing = CompletableFuture.runAsync(() -> {
                for (int attempt = 0; attempt < 3; attempt++) {
                    try (Socket socket = server.accept()) {
                        readHead(socket.getInputStream());
                        socket.getOutputStream().write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    }
                    catch (IOException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            });
            AtomicInteger refusals = new AtomicInteger();

            try (SocketFleet fleet = SocketFleet.open(List.of(uri(server)), 1, socket -> "/ws", (socket, message, at) -> {
            }, refusals)) {
                assertThat(fleet.size()).isZero();
                assertThat(refusals).hasValue(3);
            }
            refusing.get(5, TimeUnit.SECONDS);
        }
    }

    /** What the server does after the upgrade, with the socket's two streams. */
    private interface Exchange {
        void run(InputStream in, OutputStream out) throws IOException;
    }

    /** Accepts one client, completes its upgrade, runs the exchange, then waits for the client to close. */
    private static void serve(ServerSocket server, Exchange exchange) {
        try (Socket socket = server.accept()) {
            String head = readHead(socket.getInputStream());
            Matcher key = KEY.matcher(head);
            if (!key.find()) {
                throw new IllegalStateException("no Sec-WebSocket-Key in " + head);
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key.group(1)) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            exchange.run(socket.getInputStream(), out);
            out.flush();
            socket.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** An unmasked server frame: the first byte (FIN and opcode), then the length as RFC 6455 encodes it. */
    private static byte[] frame(int first, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(first);
        if (payload.length < 126) {
            frame.write(payload.length);
        }
        else {
            frame.write(126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xFF);
        }
        frame.writeBytes(payload);
        return frame.toByteArray();
    }

    private static String readClientFrame(InputStream stream) {
        try {
            DataInputStream in = new DataInputStream(stream);
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes(second & 0x7F);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            return "opcode " + (first & 0x0F) + ", " + ((second & 0x80) != 0 ? "masked" : "unmasked") + ", "
                    + new String(payload, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String accept(String key) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
    }

    private static URI uri(ServerSocket server) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private static String next(BlockingQueue<String> received) throws InterruptedException {
        String message = received.poll(5, TimeUnit.SECONDS);
        assertThat(message).as("a message within 5 s").isNotNull();
        return message;
    }
}
