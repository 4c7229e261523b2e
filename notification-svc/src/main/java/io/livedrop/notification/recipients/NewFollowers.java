package io.livedrop.notification.recipients;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Follows not yet told to the creator's owner, collected so that many arriving close together make one
 * digest rather than a notification each (a celebrity can gain thousands a minute).
 */
@Repository
class NewFollowers {

    private final JdbcClient jdbc;

    NewFollowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A follow again before the owner was told keeps its first place. */
    void add(UUID creatorId, UUID userId, UUID eventId, Instant eventTime) {
        jdbc.sql("""
                INSERT INTO new_follower (creator_id, user_id, event_id, event_time, arrived_at)
                VALUES (?, ?, ?, ?, now()) ON CONFLICT DO NOTHING""")
                .params(creatorId, userId, eventId, eventTime.atOffset(ZoneOffset.UTC)).update();
    }

    /** Someone who left again before the owner was told is not announced. */
    void forget(UUID creatorId, UUID userId) {
        jdbc.sql("DELETE FROM new_follower WHERE creator_id = ? AND user_id = ?").params(creatorId, userId).update();
    }

    /** Creators whose oldest untold follow arrived at least {@code window} ago. */
    List<UUID> due(Duration window, int limit) {
        return jdbc.sql("""
                SELECT creator_id FROM new_follower WHERE arrived_at <= now() - make_interval(secs => ?)
                GROUP BY creator_id LIMIT ?""")
                .params(window.toMillis() / 1000.0, limit).query(UUID.class).list();
    }

    /**
     * Takes every untold follow of the creator, returning how many there were, the first and the newest few.
     * Rows another instance is taking at the same time wait for its transaction and are then gone, so each
     * follow is told once.
     */
    Taken take(UUID creatorId, int newest) {
        List<Ranked> rows = jdbc.sql("""
                WITH taken AS (DELETE FROM new_follower WHERE creator_id = ? RETURNING user_id, event_id, event_time),
                ranked AS (SELECT *, count(*) OVER () AS total,
                        row_number() OVER (ORDER BY event_time DESC, event_id DESC) AS newest_rank,
                        row_number() OVER (ORDER BY event_time, event_id) AS oldest_rank FROM taken)
                SELECT * FROM ranked WHERE newest_rank <= ? OR oldest_rank = 1 ORDER BY newest_rank""")
                .params(creatorId, newest)
                .query((row, i) -> new Ranked(new NewFollower(row.getObject("user_id", UUID.class),
                        row.getObject("event_id", UUID.class), row.getTimestamp("event_time").toInstant()),
                        row.getInt("total"), row.getInt("newest_rank"), row.getInt("oldest_rank")))
                .list();
        if (rows.isEmpty()) {
            return new Taken(0, null, List.of());
        }
        return new Taken(rows.getFirst().total(),
                rows.stream().filter(row -> row.oldestRank() == 1).findFirst().orElseThrow().follower(),
                rows.stream().filter(row -> row.newestRank() <= newest).map(Ranked::follower).toList());
    }

    record NewFollower(UUID userId, UUID eventId, Instant eventTime) {
    }

    /** @param newest the newest follows, newest first */
    record Taken(int count, NewFollower first, List<NewFollower> newest) {
    }

    private record Ranked(NewFollower follower, int total, int newestRank, int oldestRank) {
    }
}
