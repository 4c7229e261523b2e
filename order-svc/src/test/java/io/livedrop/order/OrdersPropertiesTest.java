package io.livedrop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class OrdersPropertiesTest {

    /** How a benchmark runs the Postgres-only path: LIVEDROP_ORDERS_RESERVATION=postgres, nothing else. */
    @Test
    void theReservationModeIsSetByAnEnvironmentVariable() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("LIVEDROP_ORDERS_RESERVATION", "postgres")));
        ConfigurationPropertySources.attach(environment);

        OrdersProperties properties = Binder.get(environment).bindOrCreate("livedrop.orders", OrdersProperties.class);

        assertThat(properties.reservation()).isEqualTo(OrdersProperties.ReservationMode.POSTGRES);
        assertThat(properties.redisReservations()).isFalse();
        // The name the reconciler's @ConditionalOnProperty reads resolves to the variable too.
        assertThat(environment.getProperty("livedrop.orders.reservation")).isEqualTo("postgres");
    }

    @Test
    void withoutItTheRedisPathRuns() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of()));
        ConfigurationPropertySources.attach(environment);

        OrdersProperties properties = Binder.get(environment).bindOrCreate("livedrop.orders", OrdersProperties.class);

        assertThat(properties.redisReservations()).isTrue();
    }
}
