package io.livedrop.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsEnvironmentPostProcessorTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void defaultsApplyWhenTheServiceSaysNothing() {
        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
        assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
    }

    @Test
    void serviceConfigurationWinsOverDefaults() {
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("logging.structured.format.console", "ecs")));

        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getPropertySources().stream().toList().getLast().getName())
                .isEqualTo("defaultProperties");
    }
}
