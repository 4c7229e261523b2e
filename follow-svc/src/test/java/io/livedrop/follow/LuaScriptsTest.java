package io.livedrop.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

class LuaScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = { "redis/rate-limit.lua", "redis/following-apply.lua", "redis/following-rebuild.lua" })
    void aScriptIsCalledByTheSha1OfItsResourceFile(String location) throws Exception {
        RedisScript<Long> script = LuaScripts.returningLong(location);

        byte[] body = new ClassPathResource(location).getContentAsByteArray();
        assertThat(script.getSha1())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body)));
        assertThat(script.getScriptAsString()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(script.getResultType()).isEqualTo(Long.class);
    }

    @Test
    void aMissingScriptFailsAtStartup() {
        assertThatThrownBy(() -> LuaScripts.returningLong("redis/no-such-script.lua"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-script.lua");
    }
}
