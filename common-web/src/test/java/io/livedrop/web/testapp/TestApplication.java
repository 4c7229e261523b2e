package io.livedrop.web.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** A minimal service: only common-web's auto-configuration plus {@link TestController}. */
@SpringBootApplication
class TestApplication {

    /** How a service adds a rule to common-web's chain without replacing it. */
    @Bean
    Customizer<HttpSecurity> creatorsOnlyRule() {
        return http -> http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/test/creators-only").hasRole("CREATOR"));
    }
}
