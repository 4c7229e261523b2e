package io.livedrop.creator.userservice;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(UserServiceProperties.class)
class UserServiceConfiguration {

    @Bean
    UserServiceClient userServiceClient(RestClient.Builder builder, UserServiceProperties properties, Clock clock) {
        RestClient http = builder.baseUrl(properties.url().toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(HttpClientSettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.readTimeout())))
                .build();
        return new UserServiceClient(http, properties.clientSecret(), clock);
    }

    @Bean
    CreatorRoleGrants creatorRoleGrants(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            UserServiceClient userServiceClient, UserServiceProperties properties, Clock clock) {
        return new CreatorRoleGrants(jdbc, transactionManager, userServiceClient, properties.grantRetry(), clock);
    }
}
