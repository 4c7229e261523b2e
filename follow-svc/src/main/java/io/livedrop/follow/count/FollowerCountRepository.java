package io.livedrop.follow.count;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sharded counter rows of {@code follower_count_slot}. */
@Repository
class FollowerCountRepository {

    private final JdbcClient jdbc;

    FollowerCountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID creatorId, int slot, int delta) {
        jdbc.sql("""
                INSERT INTO follower_count_slot (creator_id, slot, followers, dirty) VALUES (?, ?, ?, true)
                ON CONFLICT (creator_id, slot)
                DO UPDATE SET followers = follower_count_slot.followers + EXCLUDED.followers, dirty = true""")
                .params(creatorId, slot, delta)
                .update();
    }

    long count(UUID creatorId) {
        return jdbc.sql("SELECT COALESCE(SUM(followers), 0) FROM follower_count_slot WHERE creator_id = ?")
                .param(creatorId)
                .query(Long.class)
                .single();
    }

    /**
     * Lets one instance publish at a time, until its transaction ends, so a creator's counts go out
     * in order and once per round whatever the number of instances.
     */
    boolean tryLockPublisher() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('follow-svc:follower-count-publisher'))")
                .query(Boolean.class)
                .single();
    }

    /**
     * Clears the dirty flag of up to {@code limit} changed counter rows and returns their creators.
     * Rows that a follow is changing right now are skipped, not waited for: that follow sets the flag
     * again, so its creator is published in the next round.
     */
    List<UUID> claimChanged(int limit) {
        return jdbc.sql("""
                UPDATE follower_count_slot s SET dirty = false
                FROM (SELECT creator_id, slot FROM follower_count_slot WHERE dirty
                      ORDER BY creator_id LIMIT ? FOR UPDATE SKIP LOCKED) changed
                WHERE s.creator_id = changed.creator_id AND s.slot = changed.slot
                RETURNING s.creator_id""")
                .param(limit)
                .query(UUID.class)
                .list()
                .stream()
                .distinct()
                .toList();
    }

    /**
     * The counts of these creators, in a statement of its own after the claim: it sees every follow
     * committed until now, so the count published is never older than the flags it cleared.
     */
    Map<UUID, Long> counts(Collection<UUID> creatorIds) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT creator_id, SUM(followers) AS followers FROM follower_count_slot
                WHERE creator_id = ANY (?) GROUP BY creator_id ORDER BY creator_id""")
                .param(creatorIds.toArray(UUID[]::new))
                .query((row, i) -> Map.entry(row.getObject("creator_id", UUID.class), row.getLong("followers")))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }
}
