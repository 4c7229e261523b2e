package io.livedrop.notification.fanout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code prepared_start} and {@code prepared_slice} tables: scheduled drops' recipients, cut before it starts. */
@Repository
class PreparedStarts {

    private final JdbcClient jdbc;

    PreparedStarts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Begins preparing a drop's start, replacing an earlier preparation of it; returns when it was
     * prepared (the transaction's start, no later than any follower read after it).
     */
    Instant begin(UUID dropId, UUID creatorId) {
        forget(dropId);
        return jdbc.sql("""
                INSERT INTO prepared_start (drop_id, creator_id, prepared_at) VALUES (?, ?, now())
                RETURNING prepared_at""")
                .params(dropId, creatorId).query(PreparedStarts::instant).single();
    }

    void addSlice(UUID dropId, int slice, List<UUID> recipients) {
        jdbc.sql("INSERT INTO prepared_slice (drop_id, slice, recipients) VALUES (?, ?, ?)")
                .params(dropId, slice, PackedIds.pack(recipients)).update();
    }

    /** When the drop's start was prepared, if it was. */
    Optional<Instant> preparedAt(UUID dropId) {
        return jdbc.sql("SELECT prepared_at FROM prepared_start WHERE drop_id = ?").param(dropId)
                .query(PreparedStarts::instant).optional();
    }

    /** The prepared slices, in order. */
    List<List<UUID>> slices(UUID dropId) {
        return jdbc.sql("SELECT recipients FROM prepared_slice WHERE drop_id = ? ORDER BY slice").param(dropId)
                .query((row, i) -> PackedIds.unpack(row.getBytes("recipients"))).list();
    }

    void forget(UUID dropId) {
        jdbc.sql("DELETE FROM prepared_start WHERE drop_id = ?").param(dropId).update();
    }

    private static Instant instant(ResultSet row, int i) throws SQLException {
        return row.getObject("prepared_at", OffsetDateTime.class).toInstant();
    }
}
