package io.livedrop.drop.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which user owns which creator page, from creator-svc's events. Tokens name users, while products
 * and drops belong to creator pages: this maps one to the other.
 */
@Repository
public class KnownCreators {

    private final JdbcClient jdbc;

    KnownCreators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The creator page of this user, if creator-svc has announced one. */
    public Optional<UUID> creatorOf(UUID userId) {
        return jdbc.sql("SELECT creator_id FROM known_creator WHERE user_id = ? ORDER BY as_of DESC LIMIT 1")
                .param(userId)
                .query(UUID.class)
                .optional();
    }

    /** Keeps the owner reported at {@code asOf} unless a later report is already stored. */
    void record(UUID creatorId, UUID userId, Instant asOf) {
        jdbc.sql("""
                        INSERT INTO known_creator (creator_id, user_id, as_of) VALUES (?, ?, ?)
                        ON CONFLICT (creator_id) DO UPDATE SET user_id = EXCLUDED.user_id, as_of = EXCLUDED.as_of
                        WHERE known_creator.as_of <= EXCLUDED.as_of""")
                .params(creatorId, userId, Timestamp.from(asOf))
                .update();
    }
}
