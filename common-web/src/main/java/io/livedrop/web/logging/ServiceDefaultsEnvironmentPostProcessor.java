package io.livedrop.web.logging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Defaults every LiveDrop service shares: JSON console logs, virtual threads, problem details without
 * internals, and the actuator endpoints the platform scrapes and probes. They go into Boot's
 * {@code defaultProperties}, the last property source, so a service's {@code application.yml}, the
 * environment and the command line all override them.
 */
class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = defaults();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(DEFAULTS, environment.getPropertySources());
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // Logstash layout puts MDC entries (the OpenTelemetry agent's trace_id, span_id) at top level.
        defaults.put("logging.structured.format.console", "logstash");
        defaults.put("spring.threads.virtual.enabled", "true");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.error.include-binding-errors", "never");
        defaults.put("server.error.include-exception", "false");
        defaults.put("server.error.whitelabel.enabled", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.health.livenessstate.enabled", "true");
        defaults.put("management.health.readinessstate.enabled", "true");
        // RED metrics per route: histogram buckets let Prometheus compute any percentile across instances.
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        defaults.put("management.observations.key-values.application", "${spring.application.name}");
        // Deliberately on in every environment: the gateway aggregates each service's document.
        defaults.put("springdoc.api-docs.enabled", "true");
        defaults.put("springdoc.swagger-ui.enabled", "true");
        return Map.copyOf(defaults);
    }
}
