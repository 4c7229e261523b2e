package io.livedrop.creator.followers;

import io.livedrop.events.follow.FollowerCountUpdated;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The follower count of each creator as follow-svc last reported it, so a page view needs no
 * call to follow-svc.
 */
@Repository
public class FollowerCounts {

    private final JdbcTemplate jdbc;

    FollowerCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** 0 until follow-svc has counted anyone. */
    public long of(UUID creatorId) {
        List<Long> counts = jdbc.queryForList("SELECT follower_count FROM follower_count WHERE creator_id = ?",
                Long.class, creatorId);
        return counts.isEmpty() ? 0 : counts.getFirst();
    }

    /**
     * Keeps the report unless a later count is already stored: events may arrive late, twice or
     * out of order, and a count taken earlier must not overwrite one taken later.
     */
    void apply(FollowerCountUpdated update) {
        jdbc.update("""
                INSERT INTO follower_count (creator_id, follower_count, counted_at) VALUES (?, ?, ?)
                ON CONFLICT (creator_id) DO UPDATE
                SET follower_count = EXCLUDED.follower_count, counted_at = EXCLUDED.counted_at
                WHERE follower_count.counted_at <= EXCLUDED.counted_at""",
                update.creatorId(), update.followerCount(), Timestamp.from(update.countedAt()));
    }
}
