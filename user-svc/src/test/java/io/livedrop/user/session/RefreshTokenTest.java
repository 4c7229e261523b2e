package io.livedrop.user.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.livedrop.user.session.RefreshToken.Redemption;

import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration TTL = Duration.ofDays(30);

    private final RefreshFamily family = new RefreshFamily(UUID.randomUUID(), ISSUED);

    @Test
    void validTokenIsRedeemedOnce() {
        RefreshToken token = aToken();

        assertThat(token.redeem(ISSUED.plusSeconds(60))).isEqualTo(Redemption.REDEEMED);
        assertThat(family.isRevoked()).isFalse();
    }

    @Test
    void presentingAUsedTokenAgainRevokesTheWholeFamily() {
        RefreshToken stolen = aToken();
        stolen.redeem(ISSUED.plusSeconds(60));
        RefreshToken ownersNext = aToken();

        assertThat(stolen.redeem(ISSUED.plusSeconds(120))).isEqualTo(Redemption.REUSED);

        assertThat(family.isRevoked()).isTrue();
        assertThat(ownersNext.redeem(ISSUED.plusSeconds(180))).as("the newest token of the family dies too")
                .isEqualTo(Redemption.REVOKED);
    }

    @Test
    void tokenPastItsExpiryIsRefusedWithoutHarmingTheFamily() {
        RefreshToken token = aToken();

        assertThat(token.redeem(ISSUED.plus(TTL))).isEqualTo(Redemption.EXPIRED);
        assertThat(family.isRevoked()).isFalse();
    }

    @Test
    void tokenOfARevokedFamilyIsRefused() {
        RefreshToken token = aToken();
        family.revoke(ISSUED.plusSeconds(10));

        assertThat(token.redeem(ISSUED.plusSeconds(20))).isEqualTo(Redemption.REVOKED);
    }

    private RefreshToken aToken() {
        return new RefreshToken(OpaqueTokens.hash(OpaqueTokens.generate()), family, ISSUED, ISSUED.plus(TTL));
    }
}
