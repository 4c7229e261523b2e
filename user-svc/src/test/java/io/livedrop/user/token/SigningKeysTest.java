package io.livedrop.user.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final KeyPair CURRENT = TestKeys.rsa(2048);
    private static final KeyPair PREVIOUS = TestKeys.rsa(2048);

    @Test
    void configuredKeySignsAndIsPublishedWithoutItsPrivatePart() throws Exception {
        SigningKeys keys = SigningKeys.load(properties(TestKeys.privatePem(CURRENT), null), false);

        assertThat(keys.current().toRSAPublicKey()).isEqualTo(CURRENT.getPublic());
        assertThat(keys.current().isPrivate()).isTrue();
        assertThat(keys.published().getKeys()).singleElement().satisfies(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isEqualTo(keys.current().getKeyID());
        });
    }

    @Test
    void keyIdIsTheThumbprintSoItIsStableAcrossRestarts() throws Exception {
        SigningKeys first = SigningKeys.load(properties(TestKeys.privatePem(CURRENT), null), false);
        SigningKeys second = SigningKeys.load(properties(TestKeys.privatePem(CURRENT), null), false);

        assertThat(first.current().getKeyID()).isEqualTo(second.current().getKeyID())
                .isEqualTo(first.current().computeThumbprint().toString());
    }

    @Test
    void afterRotationBothKeysArePublishedAndTheNewOneSigns() throws Exception {
        SigningKeys keys = SigningKeys.load(
                properties(TestKeys.privatePem(CURRENT), TestKeys.publicPem(PREVIOUS)), false);

        assertThat(keys.published().getKeys()).hasSize(2).noneMatch(JWK::isPrivate);
        assertThat(keys.published().getKeys()).map(key -> (PublicKey) ((RSAKey) key).toRSAPublicKey())
                .containsExactly(CURRENT.getPublic(), PREVIOUS.getPublic());
        assertThat(keys.current().toRSAPublicKey()).isEqualTo(CURRENT.getPublic());
    }

    @Test
    void withoutAConfiguredKeyOnlyTheLocalProfileGeneratesOne() {
        assertThatThrownBy(() -> SigningKeys.load(properties(null, null), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("livedrop.users.tokens.signing-key");
        assertThatThrownBy(() -> SigningKeys.load(properties("  ", null), false))
                .isInstanceOf(IllegalStateException.class);

        SigningKeys generated = SigningKeys.load(properties(null, null), true);
        assertThat(generated.current().size()).isGreaterThanOrEqualTo(SigningKeys.MIN_KEY_BITS);
    }

    @Test
    void keyShorterThan2048BitsIsRefused() {
        assertThatThrownBy(() -> SigningKeys.load(properties(TestKeys.privatePem(TestKeys.rsa(1024)), null), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2048");
    }

    static TokenProperties properties(String signingKey, String previousPublicKey) {
        return new TokenProperties(Duration.ofMinutes(15), Duration.ofDays(30), signingKey, previousPublicKey);
    }
}
