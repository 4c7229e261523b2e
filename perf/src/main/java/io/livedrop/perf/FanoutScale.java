package io.livedrop.perf;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.follow.FollowAdded;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Notification fan-out at celebrity scale. A new creator gets {@code followers} followers, announced as
 * {@code follow.added} events on Kafka exactly as follow-svc would (notification-svc's follower projection is
 * fed by them). Unless {@code unprepared} is given, a drop of the creator is then scheduled
 * ({@code drop.scheduled}, which prepares its start's work items) and the driver waits until every follower
 * has the "coming at" notice. The first {@code sockets} followers open the notification WebSocket (through
 * the gateway, through several gateways in turn where one cannot hold that many, or at notification-svc
 * itself; the clients are {@link SocketFleet}'s, read by one thread) with access tokens
 * signed by the key user-svc signs with; then {@code drop.started} for the drop goes to Kafka. Measured:
 * from that record's timestamp on Kafka to each socket's receipt of "live now" (p50, p99, max, and how many
 * never arrived), and the time until all {@code followers} inbox rows exist in PostgreSQL (polled over
 * one JDBC connection, so to within about a tenth of a second).
 *
 * <p>Usage: {@code FanoutScale <kafka bootstrap> <sockets url[,url...]> <user-svc url> <signing key PEM file>
 * <postgres host:port> <followers> <sockets> [prepared|unprepared]}
 */
public final class FanoutScale {

    private static final String ISSUER = "livedrop-user-svc";
    private static final Duration SOCKET_WAIT = Duration.ofSeconds(60);
    private static final Duration INBOX_WAIT = Duration.ofSeconds(180);

    private final String bootstrap;
    private final List<URI> socketsAt;
    private final URI userSvc;
    private final Path signingKey;
    private final String postgres;
    private final int followers;
    private final int sockets;
    private final boolean prepared;
    private final EventCodec codec = new EventCodec();
    private Connection database;

    private FanoutScale(String[] args) {
        bootstrap = args[0];
        socketsAt = Arrays.stream(args[1].split(",")).map(URI::create).toList();
        userSvc = URI.create(args[2]);
        signingKey = Path.of(args[3]);
        postgres = args[4];
        followers = Integer.parseInt(args[5]);
        sockets = Math.min(Integer.parseInt(args[6]), followers);
        prepared = args.length < 8 || !"unprepared".equals(args[7]);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7 && args.length != 8) {
            System.err.println("usage: FanoutScale <kafka bootstrap> <sockets url[,url...]> <user-svc url>"
                    + " <signing key PEM> <postgres host:port> <followers> <sockets> [prepared|unprepared]");
            System.exit(2);
        }
        new FanoutScale(args).run();
    }

    private void run() throws Exception {
        Tokens tokens = Tokens.from(Files.readString(signingKey));
        tokens.checkPublishedBy(userSvc);
        UUID creatorId = UUID.randomUUID();
        List<UUID> fans = new ArrayList<>(followers);
        for (int i = 0; i < followers; i++) {
            fans.add(UUID.randomUUID());
        }
        // One connection for every poll: a psql process per poll would take CPU from the delivery being timed.
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + postgres + "/livedrop",
                "notification_svc", "notification_svc");
                KafkaProducer<String, String> kafka = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new StringSerializer())) {
            database = db;
            seedFollowers(kafka, creatorId, fans);
            UUID dropId = UUID.randomUUID();
            if (prepared) {
                schedule(kafka, dropId, creatorId);
            }

            long opening = System.nanoTime();
            Receipts receipts = new Receipts(sockets);
            try (SocketFleet open = openSockets(tokens, fans.subList(0, sockets), receipts)) {
                System.out.printf(Locale.ROOT, "sockets open at %s: %d of %d in %.1f s%n", socketsAt, open.size(),
                        sockets, (System.nanoTime() - opening) / 1e9);

                receipts.expect(dropId.toString());
                EventEnvelope<EventPayload> started = EventEnvelope.of("perf",
                        new DropStarted(dropId, creatorId, "Fan-out benchmark", Instant.now()), null);
                RecordMetadata sent = kafka.send(new ProducerRecord<>(Topics.DROPS, started.data().aggregateId(),
                        codec.encode(started))).get();
                long eventAt = sent.timestamp();
                System.out.printf(Locale.ROOT, "drop.started %s on Kafka at %s%n", started.id(),
                        Instant.ofEpochMilli(eventAt));

                long inboxDoneAt = awaitInbox(started.id(), eventAt);
                receipts.awaitAll(SOCKET_WAIT);
                report(receipts, eventAt, inboxDoneAt);
            }
        }
    }

    /** follow.added for every fan, keyed by creator as follow-svc keys them; returns once the projection has all. */
    private void seedFollowers(KafkaProducer<String, String> kafka, UUID creatorId, List<UUID> fans) throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (UUID fan : fans) {
            EventEnvelope<EventPayload> follow = EventEnvelope.of("perf", new FollowAdded(creatorId, fan, Instant.now()),
                    null);
            CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
            kafka.send(new ProducerRecord<>(Topics.FOLLOWS, follow.data().aggregateId(), codec.encode(follow)),
                    (metadata, failure) -> {
                        if (failure == null) {
                            sent.complete(metadata);
                        } else {
                            sent.completeExceptionally(failure);
                        }
                    });
            sends.add(sent);
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
        String count = "SELECT count(*) FROM notifications.follower WHERE creator_id = '" + creatorId + "'";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        long known;
        while ((known = query(count)) < fans.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("notification-svc knows only " + known + " of " + fans.size()
                        + " followers after 30 minutes: is it running?");
            }
            Thread.sleep(1000);
        }
        System.out.printf(Locale.ROOT, "followers seeded through Kafka into notification-svc: %d in %.1f s%n", fans.size(),
                (System.nanoTime() - start) / 1e9);
    }

    private SocketFleet openSockets(Tokens tokens, List<UUID> users, Receipts receipts) throws Exception {
        AtomicInteger refusals = new AtomicInteger();
        SocketFleet fleet = SocketFleet.open(socketsAt, users.size(),
                index -> "/ws/notifications?access_token=" + tokens.accessToken(users.get(index)), receipts::received,
                refusals);
        System.out.printf(Locale.ROOT, "handshakes refused and tried again or given up: %d%n", refusals.get());
        return fleet;
    }

    /** drop.scheduled for the drop; returns once every follower has its notice, so its start is prepared. */
    private void schedule(KafkaProducer<String, String> kafka, UUID dropId, UUID creatorId) throws Exception {
        Instant startsAt = Instant.now().plus(Duration.ofMinutes(10));
        EventEnvelope<EventPayload> scheduled = EventEnvelope.of("perf", new DropScheduled(dropId, creatorId,
                "Fan-out benchmark", startsAt, startsAt.plus(Duration.ofHours(1)), 2, List.of()), null);
        RecordMetadata sent = kafka.send(new ProducerRecord<>(Topics.DROPS, scheduled.data().aggregateId(),
                codec.encode(scheduled))).get();
        long doneAt = awaitInbox(scheduled.id(), sent.timestamp());
        if (doneAt < 0) {
            throw new IllegalStateException("drop.scheduled did not reach every follower's inbox");
        }
        System.out.printf(Locale.ROOT, "drop.scheduled reached all %d inboxes in %d ms; its start is prepared%n",
                followers, doneAt - sent.timestamp());
    }

    /** Polls the inbox until every follower has the notification; returns that moment, or -1 if never. */
    private long awaitInbox(UUID eventId, long eventAt) throws Exception {
        String count = "SELECT count(*) FROM notifications.notification WHERE source_event_id = '" + eventId + "'";
        long deadline = eventAt + INBOX_WAIT.toMillis();
        long rows = 0;
        while (System.currentTimeMillis() < deadline) {
            rows = query(count);
            long now = System.currentTimeMillis();
            if (rows >= followers) {
                return now;
            }
            Thread.sleep(100);
        }
        System.out.printf(Locale.ROOT, "inbox rows after %d s: %d of %d%n", INBOX_WAIT.toSeconds(), rows, followers);
        return -1;
    }

    private void report(Receipts receipts, long eventAt, long inboxDoneAt) {
        long[] latencies = receipts.latenciesFrom(eventAt);
        System.out.printf(Locale.ROOT, "socket messages: %d of %d sockets, missing %d%n", latencies.length, sockets,
                sockets - latencies.length);
        if (latencies.length > 0) {
            System.out.printf(Locale.ROOT, "drop.started on Kafka -> socket: p50 %d ms, p99 %d ms, max %d ms%n",
                    at(latencies, 0.50), at(latencies, 0.99), latencies[latencies.length - 1]);
        }
        System.out.printf(Locale.ROOT, "socket messages seen more than once: %d%n", receipts.duplicates());
        if (inboxDoneAt > 0) {
            System.out.printf(Locale.ROOT, "drop.started on Kafka -> all %d inbox rows: %d ms%n", followers,
                    inboxDoneAt - eventAt);
        }
    }

    private long query(String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long at(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }

    /** When each socket first heard of the drop (epoch millis, 0 = not yet). */
    private static final class Receipts {

        private final AtomicLongArray firstAt;
        private final AtomicInteger received = new AtomicInteger();
        private final AtomicInteger duplicates = new AtomicInteger();
        private volatile String dropId = "";

        Receipts(int sockets) {
            firstAt = new AtomicLongArray(sockets);
        }

        void expect(String dropId) {
            this.dropId = dropId;
        }

        void received(int socket, String message, long receivedAt) {
            if (!dropId.isEmpty() && message.contains(dropId)) {
                if (firstAt.compareAndSet(socket, 0, receivedAt)) {
                    received.incrementAndGet();
                } else {
                    duplicates.incrementAndGet();
                }
            }
        }

        void awaitAll(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (received.get() < firstAt.length() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        long[] latenciesFrom(long eventAt) {
            long[] latencies = new long[received.get()];
            int n = 0;
            for (int i = 0; i < firstAt.length() && n < latencies.length; i++) {
                long at = firstAt.get(i);
                if (at != 0) {
                    latencies[n++] = at - eventAt;
                }
            }
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            return sorted;
        }

        int duplicates() {
            return duplicates.get();
        }
    }

    /** Access tokens as user-svc issues them (RS256, kid = the key's RFC 7638 thumbprint), signed with its key. */
    private record Tokens(RSAPrivateCrtKey key, String kid) {

        static Tokens from(String pem) throws Exception {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            String thumbprintInput = "{\"e\":\"" + base64Url(unsigned(key.getPublicExponent())) + "\",\"kty\":\"RSA\",\"n\":\""
                    + base64Url(unsigned(key.getModulus())) + "\"}";
            String kid = base64Url(MessageDigest.getInstance("SHA-256")
                    .digest(thumbprintInput.getBytes(StandardCharsets.UTF_8)));
            return new Tokens(key, kid);
        }

        /** Fails unless user-svc publishes this key: otherwise every handshake would be refused. */
        void checkPublishedBy(URI userSvc) throws Exception {
            String jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(userSvc.resolve("/.well-known/jwks.json"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!jwks.contains("\"" + kid + "\"")) {
                throw new IllegalStateException("user-svc does not publish the key " + kid + ": start the stack with "
                        + "LIVEDROP_JWT_SIGNING_KEY set to the same key (see perf/fanout-scale.sh)");
            }
        }

        String accessToken(UUID userId) {
            long now = Instant.now().getEpochSecond();
            String header = "{\"kid\":\"" + kid + "\",\"typ\":\"JWT\",\"alg\":\"RS256\"}";
            String claims = "{\"sub\":\"" + userId + "\",\"roles\":[\"FAN\"],\"jti\":\"" + UUID.randomUUID()
                    + "\",\"iss\":\"" + ISSUER + "\",\"iat\":" + now + ",\"exp\":" + (now + 900) + "}";
            String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64Url(claims.getBytes(StandardCharsets.UTF_8));
            try {
                Signature rs256 = Signature.getInstance("SHA256withRSA");
                rs256.initSign(key);
                rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + base64Url(rs256.sign());
            } catch (Exception ex) {
                throw new IllegalStateException("cannot sign a token", ex);
            }
        }

        private static byte[] unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        }

        private static String base64Url(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
