package io.livedrop.search.rebuild;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar search-svc.jar --rebuild}: runs one rebuild and exits (status 0 when every alias
 * moved, 1 otherwise). The same configuration as the service, but no web server and no Kafka
 * listeners, so it can run beside a serving instance without taking its port or its partitions.
 */
public final class RebuildCommand {

    public static final String ARGUMENT = "--rebuild";

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private RebuildCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(ARGUMENT);
    }

    public static void run(Class<?> application, String[] args) {
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setDefaultProperties(Map.of("spring.kafka.listener.auto-startup", "false"));
        int status;
        try (ConfigurableApplicationContext context = spring.run(args)) {
            List<RebuildResult> results = context.getBean(IndexRebuilder.class).rebuildAll();
            results.forEach(result -> log.info("{}: {} -> {} ({} documents from the source)", result.alias(),
                    result.from(), result.to(), result.documents()));
            status = 0;
        }
        catch (RuntimeException ex) {
            log.error("Rebuild failed; the aliases were left where they were", ex);
            status = 1;
        }
        System.exit(status);
    }
}
