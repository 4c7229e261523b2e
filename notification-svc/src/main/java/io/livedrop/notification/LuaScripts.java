package io.livedrop.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/** Lua scripts kept as resource files, read once so their SHA is computed once (run by EVALSHA). */
public final class LuaScripts {

    private LuaScripts() {
    }

    public static RedisScript<Long> returningLong(String location) {
        try {
            return RedisScript.of(new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8),
                    Long.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the Lua script " + location, ex);
        }
    }
}
