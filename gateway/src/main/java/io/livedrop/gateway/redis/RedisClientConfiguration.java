package io.livedrop.gateway.redis;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis replies are handed to Lettuce's computation threads instead of being processed on the one
 * I/O thread of the shared connection. Every request checks its token and rate limit in Redis, and
 * whatever follows (routing, the upstream call) runs where the reply was emitted: on the I/O thread,
 * all requests queued behind one core, and under a burst the replies waited there until the 1 s
 * command timeout failed them with 503.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer repliesOffTheIoThread() {
        return options -> options.publishOnScheduler(true);
    }
}
