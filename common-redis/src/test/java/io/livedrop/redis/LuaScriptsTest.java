package io.livedrop.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

class LuaScriptsTest {

    private static final String FIXTURE = "lua/increment.lua";

    @Test
    void aScriptIsCalledByTheSha1OfItsResourceFile() throws Exception {
        RedisScript<Long> script = LuaScripts.returningLong(FIXTURE);

        byte[] body = new ClassPathResource(FIXTURE).getContentAsByteArray();
        assertThat(script.getSha1())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body)));
        assertThat(script.getScriptAsString()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(script.getResultType()).isEqualTo(Long.class);
    }

    @Test
    void aScriptMayAnswerAString() {
        assertThat(LuaScripts.returningString(FIXTURE).getResultType()).isEqualTo(String.class);
    }

    @Test
    void aMissingScriptFailsWhenItIsLoaded() {
        assertThatThrownBy(() -> LuaScripts.returningLong("lua/no-such-script.lua"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-script.lua");
    }
}
