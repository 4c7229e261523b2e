package io.livedrop.user.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PrehashedBCryptPasswordEncoder();
    }
}
