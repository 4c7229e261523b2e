package io.livedrop.follow.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code follow} table. */
@Repository
class FollowRepository {

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the follow was new; a repeated follow changes nothing. */
    boolean insert(UUID id, UUID creatorId, UUID userId, Instant followedAt) {
        return jdbc.sql("""
                INSERT INTO follow (id, creator_id, user_id, followed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (creator_id, user_id) DO NOTHING""")
                .params(id, creatorId, userId, utc(followedAt))
                .update() == 1;
    }

    /** Whether there was a follow to remove. */
    boolean delete(UUID creatorId, UUID userId) {
        return jdbc.sql("DELETE FROM follow WHERE creator_id = ? AND user_id = ?")
                .params(creatorId, userId)
                .update() == 1;
    }

    boolean exists(UUID userId, UUID creatorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM follow WHERE user_id = ? AND creator_id = ?)")
                .params(userId, creatorId)
                .query(Boolean.class)
                .single();
    }

    /** The creators a user follows, to rebuild the cached set. */
    List<UUID> creatorsFollowedBy(UUID userId) {
        return jdbc.sql("SELECT creator_id FROM follow WHERE user_id = ?")
                .param(userId)
                .query(UUID.class)
                .list();
    }

    /** A creator's followers, newest first, after {@code position} (null: from the newest). */
    List<FollowRow> followers(UUID creatorId, FollowRow.Position position, int rows) {
        return page("creator_id", "user_id", creatorId, position, rows);
    }

    /** The creators a user follows, newest first, after {@code position} (null: from the newest). */
    List<FollowRow> following(UUID userId, FollowRow.Position position, int rows) {
        return page("user_id", "creator_id", userId, position, rows);
    }

    /**
     * One keyset page along the index on {@code (owner, followed_at, id)}: the same cost at any depth.
     * A follow made while a client pages sorts above the pages it has read, so it neither repeats
     * nor pushes out a row of the pages to come.
     */
    private List<FollowRow> page(String ownerColumn, String otherColumn, UUID owner, FollowRow.Position position,
            int rows) {
        String select = "SELECT id, " + otherColumn + " AS other_id, followed_at FROM follow WHERE " + ownerColumn
                + " = :owner";
        String order = " ORDER BY followed_at DESC, id DESC LIMIT :rows";
        if (position == null) {
            return jdbc.sql(select + order)
                    .param("owner", owner)
                    .param("rows", rows)
                    .query(FollowRepository::row)
                    .list();
        }
        return jdbc.sql(select + " AND (followed_at, id) < (:followedAt, :id)" + order)
                .param("owner", owner)
                .param("followedAt", utc(position.followedAt()))
                .param("id", position.id())
                .param("rows", rows)
                .query(FollowRepository::row)
                .list();
    }

    private static FollowRow row(ResultSet row, int index) throws SQLException {
        return new FollowRow(row.getObject("id", UUID.class), row.getObject("other_id", UUID.class),
                row.getObject("followed_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
