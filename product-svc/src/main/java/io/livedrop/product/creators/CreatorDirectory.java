package io.livedrop.product.creators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local projection of creator pages: which page a user owns. */
@Repository
public class CreatorDirectory {

    private final JdbcClient jdbc;

    CreatorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The creator page of a user; empty while creator-svc's event has not arrived. */
    public Optional<UUID> creatorOf(UUID userId) {
        return jdbc.sql("SELECT id FROM creator WHERE user_id = ? ORDER BY changed_at DESC LIMIT 1")
                .param(userId)
                .query(UUID.class)
                .optional();
    }

    /** Records the page as of {@code changedAt}, unless a newer state was recorded already. */
    void record(UUID creatorId, UUID userId, Instant changedAt) {
        jdbc.sql("""
                INSERT INTO creator (id, user_id, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id, changed_at = EXCLUDED.changed_at
                WHERE creator.changed_at <= EXCLUDED.changed_at""")
                .params(creatorId, userId, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC))
                .update();
    }
}
