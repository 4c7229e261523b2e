package io.livedrop.order.stock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.redis.LuaScripts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A drop's stock and buyer counters in Redis, the fast gate in front of Postgres. Both hashes of a
 * drop share the hash tag {@code {drop:<id>}}, so every script touches one cluster slot.
 */
@Component
public class StockCounters {

    private static final Logger log = LoggerFactory.getLogger(StockCounters.class);

    private static final RedisScript<Long> RESERVE = LuaScripts.returningLong("redis/reserve.lua");
    private static final RedisScript<Long> RELEASE = LuaScripts.returningLong("redis/release.lua");
    private static final RedisScript<Long> REBUILD = LuaScripts.returningLong("redis/rebuild.lua");
    private static final RedisScript<Long> STATUS = LuaScripts.returningLong("redis/status.lua");

    /** Counters of a finished drop stay a day for late releases, then go. */
    static final Duration FINISHED_TTL = Duration.ofDays(1);
    private static final Duration REBUILD_LOCK = Duration.ofSeconds(5);
    private static final Duration REBUILD_WAIT = Duration.ofSeconds(3);

    private final StringRedisTemplate redis;
    private final DropSales sales;

    StockCounters(StringRedisTemplate redis, DropSales sales) {
        this.redis = redis;
        this.sales = sales;
    }

    public static String saleKey(UUID dropId) {
        return "ld:order:{drop:" + dropId + "}:sale";
    }

    public static String heldKey(UUID dropId) {
        return "ld:order:{drop:" + dropId + "}:held";
    }

    static String rebuildLockKey(UUID dropId) {
        return "ld:order:{drop:" + dropId + "}:rebuild";
    }

    /** Every key this service keeps for the drop. */
    public static List<String> keysOf(UUID dropId) {
        return List.of(saleKey(dropId), heldKey(dropId), rebuildLockKey(dropId));
    }

    public ReserveResult reserve(UUID dropId, UUID productId, UUID userId, int quantity) {
        Long answer = redis.execute(RESERVE, keys(dropId), productId.toString(), userId.toString(),
                Integer.toString(quantity));
        return ReserveResult.fromScript(answer == null ? -1 : answer);
    }

    public void release(UUID dropId, UUID productId, UUID userId, int quantity) {
        try {
            redis.execute(RELEASE, keys(dropId), productId.toString(), userId.toString(), Integer.toString(quantity));
        }
        catch (RuntimeException ex) {
            // Postgres has the units back; Redis now counts too few, which refuses sales but never oversells.
            // The reconciler puts it right.
            log.warn("Could not give {} units of {} back in Redis: {}", quantity, dropId, ex.toString());
        }
    }

    /** Writes the counters from Postgres whatever Redis holds; for drops not selling yet. */
    public void prime(UUID dropId) {
        fromPostgres(dropId).ifPresent(values -> write(dropId, "force", values));
    }

    /** Sets the status in place, or rebuilds the counters when there are none. */
    void moveTo(UUID dropId, SaleStatus status) {
        boolean finished = status == SaleStatus.ENDED || status == SaleStatus.CANCELLED;
        Long set = redis.execute(STATUS, keys(dropId), status.name(),
                Long.toString(finished ? FINISHED_TTL.toSeconds() : 0));
        if (set == null || set == 0) {
            rebuildIfMissing(dropId);
        }
    }

    /**
     * Rebuilds missing counters from Postgres, one instance at a time (a lock key); the others wait for
     * it. Returns false when they are still missing afterwards, e.g. the drop is unknown.
     */
    public boolean rebuildIfMissing(UUID dropId) {
        long deadline = System.nanoTime() + REBUILD_WAIT.toNanos();
        while (!Boolean.TRUE.equals(redis.hasKey(saleKey(dropId)))) {
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(rebuildLockKey(dropId), "1", REBUILD_LOCK))) {
                try {
                    Optional<CounterValues> values = fromPostgres(dropId);
                    if (values.isEmpty()) {
                        return false;
                    }
                    write(dropId, "missing", values.get());
                    log.info("Rebuilt the stock counters of drop {} from Postgres", dropId);
                    return true;
                }
                finally {
                    redis.delete(rebuildLockKey(dropId));
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    /** The counters in Redis with the version they had, or empty when there are none or they moved while read. */
    public Optional<Versioned> read(UUID dropId) {
        Map<Object, Object> sale = redis.opsForHash().entries(saleKey(dropId));
        if (sale.isEmpty()) {
            return Optional.empty();
        }
        Map<Object, Object> held = redis.opsForHash().entries(heldKey(dropId));
        Object versionAfter = redis.opsForHash().get(saleKey(dropId), "v");
        String version = String.valueOf(sale.get("v"));
        if (!version.equals(String.valueOf(versionAfter))) {
            return Optional.empty();
        }
        Map<UUID, Integer> left = new HashMap<>();
        sale.forEach((field, value) -> {
            if (field.toString().startsWith("p:")) {
                left.put(UUID.fromString(field.toString().substring(2)), Integer.parseInt(value.toString()));
            }
        });
        Map<UUID, Integer> holdings = new HashMap<>();
        held.forEach((user, units) -> holdings.put(UUID.fromString(user.toString()), Integer.parseInt(units.toString())));
        return Optional.of(new Versioned(version, new CounterValues(String.valueOf(sale.get("status")),
                Integer.parseInt(String.valueOf(sale.get("limit"))), null, left, holdings)));
    }

    /** Overwrites the counters with these values only if nothing changed them since {@code version}. */
    public boolean replaceIfUnchanged(UUID dropId, String version, CounterValues values) {
        return write(dropId, version, values);
    }

    public Optional<CounterValues> fromPostgres(UUID dropId) {
        return sales.find(dropId).map(sale -> CounterValues.of(sale, sales.items(dropId), sales.holdings(dropId)));
    }

    /** Counters as read with their version. */
    public record Versioned(String version, CounterValues values) {
    }

    private boolean write(UUID dropId, String when, CounterValues values) {
        boolean finished = !values.status().equals(SaleStatus.SCHEDULED.name())
                && !values.status().equals(SaleStatus.LIVE.name());
        List<String> args = new ArrayList<>(List.of(when, Long.toString(finished ? FINISHED_TTL.toSeconds() : 0),
                values.status(), Integer.toString(values.perUserLimit()),
                values.endsAt() == null ? "" : Long.toString(values.endsAt().toEpochMilli()),
                Integer.toString(values.left().size())));
        values.left().forEach((product, left) -> {
            args.add(product.toString());
            args.add(left.toString());
        });
        values.held().forEach((user, units) -> {
            args.add(user.toString());
            args.add(units.toString());
        });
        Long written = redis.execute(REBUILD, keys(dropId), args.toArray());
        return written != null && written == 1;
    }

    private static List<String> keys(UUID dropId) {
        return List.of(saleKey(dropId), heldKey(dropId));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a counter rebuild", ex);
        }
    }
}
