package io.livedrop.follow.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A creator's follower ids in user id order, along the {@code (creator_id, user_id)} unique index. */
@Repository
class FollowerIdsRepository {

    private final JdbcClient jdbc;

    FollowerIdsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code rows} ids after {@code after} (null: from the first): every batch costs the same. */
    List<UUID> followerIds(UUID creatorId, UUID after, int rows) {
        if (after == null) {
            return jdbc.sql("SELECT user_id FROM follow WHERE creator_id = ? ORDER BY user_id LIMIT ?")
                    .params(creatorId, rows)
                    .query(UUID.class)
                    .list();
        }
        return jdbc.sql("SELECT user_id FROM follow WHERE creator_id = ? AND user_id > ? ORDER BY user_id LIMIT ?")
                .params(creatorId, after, rows)
                .query(UUID.class)
                .list();
    }
}
