package io.livedrop.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts kept as resource files. Each is read once, so its SHA is computed once; Spring's script
 * executor runs it by SHA (EVALSHA) and sends the body only when Redis answers NOSCRIPT.
 */
public final class LuaScripts {

    private LuaScripts() {
    }

    /** The script at this classpath location, answering an integer. */
    public static RedisScript<Long> returningLong(String location) {
        return returning(location, Long.class);
    }

    /** The script at this classpath location, answering a string. */
    public static RedisScript<String> returningString(String location) {
        return returning(location, String.class);
    }

    private static <T> RedisScript<T> returning(String location, Class<T> type) {
        try {
            return RedisScript.of(new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8), type);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the Lua script " + location, ex);
        }
    }
}
