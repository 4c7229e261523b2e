package io.livedrop.notification.recipients;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The local projection of livedrop.follows. Chosen over paging follow-svc's internal endpoint: a drop's
 * fan-out then needs no other service to be up, and follow events arrive keyed by creator, so in order.
 */
@Repository
public class Followers {

    private final JdbcClient jdbc;

    Followers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} follower ids after {@code after} (null: from the start), in id order. */
    public List<UUID> page(UUID creatorId, UUID after, int limit) {
        if (after == null) {
            return jdbc.sql("SELECT user_id FROM follower WHERE creator_id = ? ORDER BY user_id LIMIT ?")
                    .params(creatorId, limit).query(UUID.class).list();
        }
        return jdbc.sql("SELECT user_id FROM follower WHERE creator_id = ? AND user_id > ? ORDER BY user_id LIMIT ?")
                .params(creatorId, after, limit).query(UUID.class).list();
    }

    /**
     * Up to {@code limit} ids, in id order after {@code after} (null: from the start), of followers who
     * reached this projection at or after {@code since}.
     */
    public List<UUID> pageFollowedSince(UUID creatorId, Instant since, UUID after, int limit) {
        if (after == null) {
            return jdbc.sql("""
                    SELECT user_id FROM follower WHERE creator_id = ? AND followed_at >= ? ORDER BY user_id LIMIT ?""")
                    .params(creatorId, since.atOffset(ZoneOffset.UTC), limit).query(UUID.class).list();
        }
        return jdbc.sql("""
                SELECT user_id FROM follower WHERE creator_id = ? AND followed_at >= ? AND user_id > ?
                ORDER BY user_id LIMIT ?""")
                .params(creatorId, since.atOffset(ZoneOffset.UTC), after, limit).query(UUID.class).list();
    }

    /** Those of {@code userIds} who follow the creator now. */
    public List<UUID> stillFollowing(UUID creatorId, Collection<UUID> userIds) {
        return jdbc.sql("SELECT user_id FROM follower WHERE creator_id = ? AND user_id = ANY(?)")
                .params(creatorId, userIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /**
     * The creators the user follows, if they take notifications on their sockets (the default for a user
     * whose preferences are not known yet); none otherwise.
     */
    public Set<UUID> listenedBy(UUID userId) {
        return Set.copyOf(jdbc.sql("""
                SELECT f.creator_id FROM follower f LEFT JOIN recipient r ON r.user_id = f.user_id
                WHERE f.user_id = ? AND coalesce(r.websocket, true)""")
                .param(userId).query(UUID.class).list());
    }

    void add(UUID creatorId, UUID userId) {
        jdbc.sql("INSERT INTO follower (creator_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(creatorId, userId).update();
    }

    void remove(UUID creatorId, UUID userId) {
        jdbc.sql("DELETE FROM follower WHERE creator_id = ? AND user_id = ?").params(creatorId, userId).update();
    }
}
