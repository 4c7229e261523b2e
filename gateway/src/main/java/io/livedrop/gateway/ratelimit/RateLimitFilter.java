package io.livedrop.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.livedrop.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Rate limits in Redis: per user for authenticated requests, per client address for anonymous ones,
 * and a stricter per-address bucket on login and sign-up; plus the login lockout after a run of
 * failed logins. Over a limit the answer is a 429 problem with {@code Retry-After} in seconds.
 *
 * <p>When Redis cannot be reached, requests pass: a throttle must not take the API down with it.
 * (Token revocation, which is about security, fails closed instead.)
 */
// After Spring Security (order -100): the user is known, and tokens are already checked.
@Order(-90)
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private static final String LOGIN = "/api/v1/auth/login";

    private static final String SIGNUP = "/api/v1/auth/signup";

    private final RateLimitProperties properties;

    private final ClientAddress clientAddress;

    private final TokenBuckets buckets;

    private final LoginLockout lockout;

    RateLimitFilter(RateLimitProperties properties, ReactiveStringRedisTemplate redis) {
        this.properties = properties;
        this.clientAddress = new ClientAddress(properties.trustedProxies());
        this.buckets = new TokenBuckets(redis);
        this.lockout = new LoginLockout(redis, properties.loginLockout());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        if (path.startsWith("/actuator/")) {
            // Probes and scrapes come from the platform, often from one address.
            return chain.filter(exchange);
        }
        boolean post = HttpMethod.POST.equals(request.getMethod());
        boolean login = post && LOGIN.equals(path);
        boolean auth = login || post && SIGNUP.equals(path);
        String address = clientAddress.of(exchange);
        Mono<Optional<Duration>> locked = login ? failOpen(lockout.remaining(address)) : Mono.just(Optional.empty());
        return locked.flatMap(lock -> {
            if (lock.isPresent()) {
                return tooManyRequests(exchange, lock.get(),
                        "Too many failed logins from your address. Try again later.");
            }
            return charges(exchange, address, auth)
                    .flatMap(charges -> failOpen(buckets.take(charges)))
                    .flatMap(wait -> {
                        if (wait.isPresent()) {
                            return tooManyRequests(exchange, wait.get(), "Too many requests. Slow down.");
                        }
                        if (login) {
                            exchange.getResponse().beforeCommit(() -> countLoginOutcome(exchange.getResponse(), address));
                        }
                        return chain.filter(exchange);
                    });
        });
    }

    private Mono<List<TokenBuckets.Charge>> charges(ServerWebExchange exchange, String address, boolean auth) {
        String ipKey = "ld:gateway:rl:{ip:" + address + "}";
        if (auth) {
            // Both keys carry the {ip:...} hash tag: one script call charges both, also on Cluster.
            return Mono.just(List.of(new TokenBuckets.Charge(ipKey, properties.perIp()),
                    new TokenBuckets.Charge(ipKey + ":auth", properties.authPerIp())));
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> List.of(new TokenBuckets.Charge(
                        "ld:gateway:rl:{user:" + principal.getName() + "}", properties.perUser())))
                .defaultIfEmpty(List.of(new TokenBuckets.Charge(ipKey, properties.perIp())));
    }

    /** Before the answer leaves: the next attempt must already see this one counted. */
    private Mono<Void> countLoginOutcome(ServerHttpResponse response, String address) {
        HttpStatusCode status = response.getStatusCode();
        Mono<Void> outcome = status == null ? Mono.empty()
                : status.value() == HttpStatus.UNAUTHORIZED.value() ? lockout.recordFailure(address)
                : status.is2xxSuccessful() ? lockout.reset(address)
                : Mono.empty();
        return failOpen(outcome).then();
    }

    private static Mono<Void> tooManyRequests(ServerWebExchange exchange, Duration wait, String detail) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    private static <T> Mono<Optional<T>> failOpen(Mono<T> redisCall) {
        return redisCall.map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .onErrorResume(DataAccessException.class, ex -> {
                    log.warn("Rate limiting skipped, Redis unavailable: {}", ex.getMessage());
                    return Mono.just(Optional.empty());
                });
    }
}
