package io.livedrop.notification.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.livedrop.testinfra.Servers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The relay's subscription against the real Redis, reached through a proxy that leaves the first
 * connection unanswered, as a Redis too busy to answer the handshake in time does.
 */
class SubscriptionStartIT {

    private final String channel = "ld:test:subscription-start:" + UUID.randomUUID();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private StallingProxy proxy;
    private LettuceConnectionFactory throughProxy;
    private LettuceConnectionFactory direct;
    private RedisMessageListenerContainer container;
    private SubscriptionStart start;

    @Test
    void aHandshakeThatTimesOutIsRetriedAndTheRelayHearsBroadcasts() throws IOException {
        proxy = new StallingProxy(Servers.get("LIVEDROP_REDIS_HOST"),
                Integer.parseInt(Servers.get("LIVEDROP_REDIS_PORT")));
        throughProxy = connect("127.0.0.1", proxy.port());
        container = new RedisMessageListenerContainer();
        container.setConnectionFactory(throughProxy);
        container.addMessageListener((message, pattern) -> heard.add(new String(message.getBody(),
                StandardCharsets.UTF_8)), new ChannelTopic(channel));
        container.setAutoStartup(false);
        container.afterPropertiesSet();
        start = new SubscriptionStart(container, Duration.ofSeconds(20), Duration.ofMillis(200));

        start.start();

        assertThat(proxy.stalled()).isEqualTo(1);
        assertThat(start.isRunning()).isTrue();
        direct = connect(Servers.get("LIVEDROP_REDIS_HOST"), Integer.parseInt(Servers.get("LIVEDROP_REDIS_PORT")));
        StringRedisTemplate redis = new StringRedisTemplate(direct);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            redis.convertAndSend(channel, "drop started");
            assertThat(heard).contains("drop started");
        });
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (start != null) {
            start.stop();
        }
        if (container != null) {
            container.destroy();
        }
        for (LettuceConnectionFactory factory : new LettuceConnectionFactory[] { throughProxy, direct }) {
            if (factory != null) {
                factory.destroy();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private static LettuceConnectionFactory connect(String host, int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    /** Accepts connections; the first is held open and never answered, the rest are piped to Redis. */
    private static final class StallingProxy implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final AtomicInteger stalled = new AtomicInteger();

        StallingProxy(String redisHost, int redisPort) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        Socket client = server.accept();
                        open.add(client);
                        if (stalled.get() == 0) {
                            stalled.incrementAndGet();
                            continue;
                        }
                        Socket redis = new Socket(redisHost, redisPort);
                        open.add(redis);
                        pipe(client.getInputStream(), redis.getOutputStream());
                        pipe(redis.getInputStream(), client.getOutputStream());
                    }
                }
                catch (IOException closed) {
                    // The test is over.
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        int stalled() {
            return stalled.get();
        }

        private static void pipe(InputStream from, OutputStream to) {
            Thread.ofVirtual().start(() -> {
                try {
                    from.transferTo(to);
                }
                catch (IOException closed) {
                    // One side hung up.
                }
            });
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
