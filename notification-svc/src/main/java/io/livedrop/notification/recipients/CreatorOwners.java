package io.livedrop.notification.recipients;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local projection of livedrop.creators: which user owns a creator page. */
@Repository
class CreatorOwners {

    private final JdbcClient jdbc;

    CreatorOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> ownerOf(UUID creatorId) {
        return jdbc.sql("SELECT user_id FROM creator_owner WHERE creator_id = ?").param(creatorId)
                .query(UUID.class).optional();
    }

    /** Records the owner as of {@code changedAt}, unless a newer state was recorded already. */
    void record(UUID creatorId, UUID userId, Instant changedAt) {
        jdbc.sql("""
                INSERT INTO creator_owner (creator_id, user_id, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (creator_id) DO UPDATE SET user_id = EXCLUDED.user_id, changed_at = EXCLUDED.changed_at
                WHERE creator_owner.changed_at <= EXCLUDED.changed_at""")
                .params(creatorId, userId, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC)).update();
    }
}
