package io.livedrop.drop.listing;

import io.livedrop.redis.LuaScripts;
import io.livedrop.web.pagination.CursorPage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * First pages of the upcoming and live lists in Redis, which every visitor asks for, most of all
 * at the moment a drop opens. Deeper pages are cheap keyset reads and are not cached. A list is one
 * hash (page size to page JSON), so one delete clears all its sizes. A rebuild takes the list's
 * rebuild token before reading Postgres and writes only if the token survived, so a page read just
 * before a lifecycle change cannot be stored after its invalidation. List and token share the hash
 * tag {@code {<status>}}, as the script and the delete touch both.
 */
@Component
class ListCache {

    private static final Logger log = LoggerFactory.getLogger(ListCache.class);

    private static final RedisScript<Long> REBUILD = LuaScripts.returningLong("redis/list-rebuild.lua");
    private static final TypeReference<CursorPage<DropView>> PAGE = new TypeReference<>() {
    };

    /** Longer than any Postgres read of one page. */
    private static final Duration REBUILD_WINDOW = Duration.ofSeconds(30);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;

    ListCache(StringRedisTemplate redis, JsonMapper json, ListCacheProperties properties) {
        this.redis = redis;
        this.json = json;
        this.ttl = properties.ttl();
    }

    static String key(DropList list) {
        return "ld:drop:list:{" + list.name() + "}";
    }

    static String rebuildKey(DropList list) {
        return "ld:drop:list-rebuild:{" + list.name() + "}";
    }

    /** The first page of this size, from Redis, else from Postgres (and then stored). */
    CursorPage<DropView> firstPage(DropList list, int limit, Supplier<CursorPage<DropView>> fromPostgres) {
        Optional<CursorPage<DropView>> cached = cached(list, limit);
        if (cached.isPresent()) {
            return cached.get();
        }
        Optional<String> token = rebuildToken(list);
        CursorPage<DropView> page = fromPostgres.get();
        token.ifPresent(claimed -> store(list, limit, claimed, page));
        return page;
    }

    /** Clears the cached lists; the next reader rebuilds them. */
    void invalidate() {
        for (DropList list : DropList.values()) {
            if (list.cached()) {
                try {
                    redis.delete(List.of(key(list), rebuildKey(list)));
                }
                catch (DataAccessException e) {
                    log.warn("Cached {} list not cleared, stale until it expires: {}", list, e.toString());
                }
            }
        }
    }

    private Optional<CursorPage<DropView>> cached(DropList list, int limit) {
        try {
            Object page = redis.opsForHash().get(key(list), Integer.toString(limit));
            return page == null ? Optional.empty() : Optional.of(json.readValue((String) page, PAGE));
        }
        catch (DataAccessException | JacksonException e) {
            log.warn("Cached {} list unreadable, reading Postgres: {}", list, e.toString());
            return Optional.empty();
        }
    }

    /** The list's current rebuild token, made if there is none; empty if Redis is away. */
    private Optional<String> rebuildToken(DropList list) {
        try {
            String fresh = UUID.randomUUID().toString();
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(rebuildKey(list), fresh, REBUILD_WINDOW))) {
                return Optional.of(fresh);
            }
            // Readers share the token: each of them read Postgres after it was made, hence after the last change.
            return Optional.ofNullable(redis.opsForValue().get(rebuildKey(list)));
        }
        catch (DataAccessException e) {
            log.warn("Cached {} list not rebuilt: {}", list, e.toString());
            return Optional.empty();
        }
    }

    private void store(DropList list, int limit, String token, CursorPage<DropView> page) {
        try {
            redis.execute(REBUILD, List.of(key(list), rebuildKey(list)), token, Integer.toString(limit),
                    json.writeValueAsString(page), Long.toString(ttl.toSeconds()));
        }
        catch (DataAccessException e) {
            log.warn("Cached {} list not rebuilt: {}", list, e.toString());
        }
    }
}
