package io.livedrop.gateway.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts kept as resource files, read once. A script built on the resource itself would ask
 * the resource for its modification time on every call, which inside the packaged jar throws and
 * catches an exception per call on the Redis client's event loop.
 */
final class LuaScripts {

    private LuaScripts() {
    }

    /** The script at this classpath location, answering an integer. */
    static RedisScript<Long> returningLong(String location) {
        try {
            return RedisScript.of(new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8), Long.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the Lua script " + location, ex);
        }
    }
}
