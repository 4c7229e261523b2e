package io.livedrop.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts kept as resource files, read once, so each SHA is computed once: Spring's script executor runs
 * a script by SHA (EVALSHA) and sends its body only when Redis answers NOSCRIPT (after a restart or a
 * failover). A script built on the resource itself would instead ask the resource for its modification time
 * on every call, which inside a packaged jar throws and catches an exception per call.
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
