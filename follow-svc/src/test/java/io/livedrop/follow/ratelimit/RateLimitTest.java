package io.livedrop.follow.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void thirtyPerMinuteSpacesRequestsTwoSecondsApartAndAllowsAllThirtyAtOnce() {
        RateLimit limit = new RateLimit(30, Duration.ofMinutes(1));

        assertThat(limit.emissionIntervalMillis()).isEqualTo(2_000);
        assertThat(limit.burstToleranceMillis()).isEqualTo(58_000);
    }

    @Test
    void anIntervalThatDoesNotDivideEvenlyIsRoundedUpSoTheLimitIsNeverExceeded() {
        RateLimit limit = new RateLimit(7, Duration.ofSeconds(1));

        assertThat(limit.emissionIntervalMillis()).isEqualTo(143);
        assertThat(limit.emissionIntervalMillis() * 7).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void oneRequestPerPeriodHasNoBurst() {
        assertThat(new RateLimit(1, Duration.ofSeconds(10)).burstToleranceMillis()).isZero();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(RateLimit.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(RateLimit.retryAfterSeconds(1_000)).isEqualTo(1);
        assertThat(RateLimit.retryAfterSeconds(1_001)).isEqualTo(2);
        assertThat(RateLimit.retryAfterSeconds(0)).isEqualTo(1);
    }

    @Test
    void aLimitAllowingNothingIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(10, Duration.ofMillis(5)));
    }

    @Test
    void rateKeysAreNamespacedPerUser() {
        assertThat(FollowRateLimiter.key(UUID.fromString("0196a0c4-0000-7000-8000-000000000001")))
                .isEqualTo("ld:follow:rate:{0196a0c4-0000-7000-8000-000000000001}");
    }
}
