package io.livedrop.follow.creators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local projection of creators: who exists and who owns them. */
@Repository
public class CreatorDirectory {

    private final JdbcClient jdbc;

    CreatorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Creator> find(UUID creatorId) {
        return jdbc.sql("SELECT id, user_id FROM creator WHERE id = ?")
                .param(creatorId)
                .query((row, i) -> new Creator(row.getObject("id", UUID.class), row.getObject("user_id", UUID.class)))
                .optional();
    }

    public boolean exists(UUID creatorId) {
        return find(creatorId).isPresent();
    }

    /** Records the creator as of {@code changedAt}, unless a newer state was recorded already. */
    void record(UUID creatorId, UUID userId, Instant changedAt) {
        jdbc.sql("""
                INSERT INTO creator (id, user_id, changed_at) VALUES (:id, :userId, :changedAt)
                ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id, changed_at = EXCLUDED.changed_at
                WHERE creator.changed_at <= EXCLUDED.changed_at""")
                .param("id", creatorId)
                .param("userId", userId)
                .param("changedAt", OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC))
                .update();
    }
}
