package io.livedrop.user.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OpaqueTokensTest {

    @Test
    void tokensAre256RandomBitsInBase64Url() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = OpaqueTokens.generate();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
    }

    @Test
    void hashIsSha256OfTheTokenAndNeverTheTokenItself() {
        String token = OpaqueTokens.generate();

        assertThat(OpaqueTokens.hash(token)).hasSize(32).isEqualTo(OpaqueTokens.hash(token))
                .isNotEqualTo(OpaqueTokens.hash(OpaqueTokens.generate()))
                .isNotEqualTo(Base64.getUrlDecoder().decode(token));
    }
}
