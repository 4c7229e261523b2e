package io.livedrop.perf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Thousands of WebSocket clients read by one thread, for benchmarks whose server shares the machine: every
 * received text frame is timed and handed over on the selector thread itself. The JDK's client, with its
 * per-message scheduling, timed itself: in one 10,000-socket run notification-svc had written its last
 * message 619 ms after the event and the JDK client took it in at 1,535 ms (perf/RESULTS.md).
 * Plain {@code ws://} only; server frames are read as RFC 6455 says (fragments joined), pings
 * are answered, and the client sends nothing else.
 */
final class SocketFleet implements AutoCloseable {

    /** One complete text message, and when its last frame was read (epoch millis). */
    interface Receiver {
        void text(int socket, String message, long receivedAt);
    }

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int HEAD_END = '\r' << 24 | '\n' << 16 | '\r' << 8 | '\n';
    private static final int HANDSHAKES_IN_FLIGHT = 16;
    private static final int ATTEMPTS = 3;
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

    private final Selector selector;
    private final List<Connection> connections;
    private final Thread reader;
    private volatile boolean closed;

    private SocketFleet(List<Connection> connections, Receiver receiver) throws IOException {
        this.connections = connections;
        this.selector = Selector.open();
        for (Connection connection : connections) {
            connection.channel.configureBlocking(false);
            connection.channel.register(selector, SelectionKey.OP_READ, connection);
        }
        this.reader = Thread.ofPlatform().name("socket-fleet-reader").daemon().start(() -> read(receiver));
    }

    /**
     * Opens {@code count} sockets, each at its path (with its query), spread in turn over {@code servers}, a
     * bounded number of handshakes at a time so the servers are loaded, not flooded; a refused handshake is
     * tried again. Sockets that never opened are counted in {@code refusals} and left out.
     */
    static SocketFleet open(List<URI> servers, int count, IntFunction<String> pathOf, Receiver receiver,
            AtomicInteger refusals) throws Exception {
        List<Future<Connection>> opening = new ArrayList<>();
        try (ExecutorService handshakes = Executors.newFixedThreadPool(HANDSHAKES_IN_FLIGHT)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                URI server = servers.get(index % servers.size());
                opening.add(handshakes.submit(() -> connect(server, index, pathOf.apply(index), refusals)));
            }
        }
        List<Connection> open = new ArrayList<>();
        for (Future<Connection> opened : opening) {
            Connection connection = opened.get();
            if (connection != null) {
                open.add(connection);
            }
        }
        return new SocketFleet(open, receiver);
    }

    int size() {
        return connections.size();
    }

    private static Connection connect(URI base, int index, String path, AtomicInteger refusals) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            SocketChannel channel = null;
            try {
                channel = SocketChannel.open();
                channel.socket().connect(new InetSocketAddress(base.getHost(), base.getPort()),
                        (int) HANDSHAKE_TIMEOUT.toMillis());
                channel.socket().setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
                handshake(channel, base, path);
                return new Connection(index, channel);
            }
            catch (IOException | RuntimeException ex) {
                if (refusals.incrementAndGet() <= 3) {
                    System.err.println("a handshake failed: " + ex);
                }
                closeQuietly(channel);
            }
        }
        return null;
    }

    /** Sends the upgrade request and checks the answer, reading no byte past it. */
    private static void handshake(SocketChannel channel, URI base, String path) throws IOException {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
        while (out.hasRemaining()) {
            channel.write(out);
        }
        var in = channel.socket().getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        // Read a byte at a time up to the blank line, so that a frame sent right after it stays in the socket.
        int lastFour = 0;
        int b;
        while (lastFour != HEAD_END && (b = in.read()) >= 0) {
            head.write(b);
            lastFour = lastFour << 8 | b;
        }
        String response = head.toString(StandardCharsets.ISO_8859_1);
        if (!response.startsWith("HTTP/1.1 101")) {
            throw new IOException("HTTP " + response.lines().findFirst().orElse("(no answer)"));
        }
        if (!response.contains(expectedAccept(key))) {
            throw new IOException("the server's Sec-WebSocket-Accept does not answer the key");
        }
        channel.socket().setSoTimeout(0);
    }

    private static String expectedAccept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void read(Receiver receiver) {
        try {
            while (!closed) {
                selector.select();
                long now = System.currentTimeMillis();
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection connection = (Connection) key.attachment();
                    if (!connection.readFrom(receiver, now)) {
                        key.cancel();
                        closeQuietly(connection.channel);
                    }
                }
                selector.selectedKeys().clear();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (!closed) {
                System.err.println("the socket reader stopped: " + ex);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        selector.wakeup();
        reader.join(TimeUnit.SECONDS.toMillis(5));
        connections.forEach(connection -> closeQuietly(connection.channel));
        try {
            selector.close();
        }
        catch (IOException ignored) {
            // closing anyway
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            }
            catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** One socket: its unread bytes, and the text of a message whose frames are still arriving. */
    private static final class Connection {

        private static final int OP_CONTINUATION = 0x0;
        private static final int OP_TEXT = 0x1;
        private static final int OP_CLOSE = 0x8;
        private static final int OP_PING = 0x9;

        private final int index;
        private final SocketChannel channel;
        private ByteBuffer in = ByteBuffer.allocate(4096);
        private final ByteArrayOutputStream fragments = new ByteArrayOutputStream();

        Connection(int index, SocketChannel channel) {
            this.index = index;
            this.channel = channel;
        }

        /** Reads what arrived and hands over every complete message; false once the socket is closed. */
        boolean readFrom(Receiver receiver, long now) throws IOException {
            int read = channel.read(in);
            if (read < 0) {
                return false;
            }
            in.flip();
            boolean open = true;
            while (open) {
                int frame = frameLength();
                if (frame < 0) {
                    break;
                }
                open = handle(receiver, now, frame);
            }
            in.compact();
            return open;
        }

        /** The whole length of the frame at the read position, or -1 while it has not all arrived. */
        private int frameLength() {
            int start = in.position();
            if (in.remaining() < 2) {
                return -1;
            }
            int second = in.get(start + 1) & 0xFF;
            int header = headerLength(second);
            if (in.remaining() < header) {
                return -1;
            }
            long payload = switch (second & 0x7F) {
                case 126 -> in.getShort(start + 2) & 0xFFFF;
                case 127 -> in.getLong(start + 2);
                default -> second & 0x7F;
            };
            long whole = header + payload;
            if (whole > in.capacity()) {
                ByteBuffer larger = ByteBuffer.allocate((int) whole);
                larger.put(in);
                larger.flip();
                in = larger;
            }
            return in.remaining() < whole ? -1 : (int) whole;
        }

        /** The frame's header, from its second byte: the extended length's bytes and the mask's, if any. */
        private static int headerLength(int second) {
            int lengthCode = second & 0x7F;
            return (lengthCode == 126 ? 4 : lengthCode == 127 ? 10 : 2) + (masked(second) ? 4 : 0);
        }

        private static boolean masked(int second) {
            return (second & 0x80) != 0;
        }

        private boolean handle(Receiver receiver, long now, int frame) throws IOException {
            int start = in.position();
            int first = in.get(start) & 0xFF;
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            int second = in.get(start + 1) & 0xFF;
            int header = headerLength(second);
            byte[] payload = new byte[frame - header];
            in.get(start + header, payload);
            if (masked(second)) {
                // Servers do not mask (RFC 6455, 5.1); read one that does all the same.
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= in.get(start + header - 4 + i % 4);
                }
            }
            in.position(start + frame);
            switch (opcode) {
                case OP_TEXT, OP_CONTINUATION -> {
                    fragments.write(payload);
                    if (fin) {
                        receiver.text(index, fragments.toString(StandardCharsets.UTF_8), now);
                        fragments.reset();
                    }
                }
                case OP_PING -> pong(payload);
                case OP_CLOSE -> {
                    return false;
                }
                default -> {
                    // binary and pong frames carry nothing this client waits for
                }
            }
            return true;
        }

        /** Answers a ping with its payload, masked as every client frame must be (RFC 6455, 5.3). */
        private void pong(byte[] payload) throws IOException {
            byte[] mask = new byte[4];
            ByteBuffer out = ByteBuffer.allocate(6 + payload.length);
            out.put((byte) 0x8A).put((byte) (0x80 | payload.length)).put(mask);
            for (byte b : payload) {
                out.put(b);
            }
            out.flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }
    }
}
