package org.elasticsearch.node;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Single-node Elasticsearch for local LiveDrop development, run from the Maven Central jars
 * because the distribution archive is not reachable here.
 *
 * <p>Lives in {@code org.elasticsearch.node} because the {@code Node(NodeConstruction)} constructor
 * and {@link NodeServiceProvider} are package-private; that is the only way to plug in a
 * {@link MockPluginsService}, which loads plugins from the classpath instead of an installed
 * {@code modules/} directory.
 *
 * <p>Arguments: {@code HOME_DIR [HTTP_PORT] [TRANSPORT_PORT]}, or system properties
 * {@code livedrop.es.home}, {@code livedrop.es.http.port}, {@code livedrop.es.transport.port}.
 */
public final class LiveDropNode extends Node {

    private LiveDropNode(Environment environment) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader pluginsLoader) {
                // Netty provides the HTTP and transport layers; the bare server jar ships none.
                return new MockPluginsService(env.settings(), env, List.of(Netty4Plugin.class));
            }
        }, true));
    }

    public static void main(String[] args) throws Exception {
        // Must be set before Log4j initialises: the test framework jar carries a log4j2-test.properties
        // that Log4j's auto-discovery would otherwise prefer.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "livedrop-es-log4j2.properties");
        }

        Path home = Path.of(arg(args, 0, "livedrop.es.home", null)).toAbsolutePath();
        int httpPort = Integer.parseInt(arg(args, 1, "livedrop.es.http.port", "9200"));
        int transportPort = Integer.parseInt(arg(args, 2, "livedrop.es.transport.port", "9300"));

        Settings settings = Settings.builder()
            .put("cluster.name", "livedrop")
            .put("node.name", "livedrop-local")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("http.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
            .put("transport.host", "127.0.0.1")
            .put("transport.port", transportPort)
            .put("transport.type", Netty4Plugin.NETTY_TRANSPORT_NAME)
            // Dev disks are often nearly full; the watermarks would leave shards unassigned.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();

        // The normal bootstrap is bypassed, so ES's own logging facade must be wired to Log4j here.
        LogConfigurator.configureESLogging();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "livedrop-local");
        LiveDropNode node = new LiveDropNode(environment);

        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.prepareForClose();
                node.close();
                node.awaitClose(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "livedrop-es-shutdown"));

        node.start();
        System.out.println("elasticsearch started on http://127.0.0.1:" + httpPort);
        // Elasticsearch threads are daemons: without this the JVM would exit right after start().
        closed.await();
    }

    private static String arg(String[] args, int index, String property, String fallback) {
        String value = args.length > index ? args[index] : System.getProperty(property, fallback);
        if (value == null) {
            throw new IllegalArgumentException("missing argument " + (index + 1) + " or -D" + property);
        }
        return value;
    }
}
