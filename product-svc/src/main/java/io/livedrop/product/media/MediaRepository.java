package io.livedrop.product.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code product_media} table. */
@Repository
class MediaRepository {

    private static final String COLUMNS =
            "id, product_id, object_key, content_type, declared_size, size_bytes, created_at, attached_at";

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MediaRow media) {
        jdbc.sql("INSERT INTO product_media (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(media.id(), media.productId(), media.objectKey(), media.contentType(), media.declaredSize(),
                        media.sizeBytes(), utc(media.createdAt()), utc(media.attachedAt()))
                .update();
    }

    Optional<MediaRow> find(UUID productId, UUID mediaId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_media WHERE id = ? AND product_id = ?")
                .params(mediaId, productId)
                .query(MediaRepository::row)
                .optional();
    }

    /** Whether the media was pending and is now attached; a second confirmation changes nothing. */
    boolean attach(UUID mediaId, long sizeBytes, Instant now) {
        return jdbc.sql("UPDATE product_media SET size_bytes = ?, attached_at = ? WHERE id = ? AND attached_at IS NULL")
                .params(sizeBytes, utc(now), mediaId)
                .update() == 1;
    }

    /** The attached media of these products, each product's in the order they were attached. */
    List<MediaRow> attachedTo(Collection<UUID> productIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_media WHERE product_id = ANY (?) AND attached_at IS NOT NULL"
                        + " ORDER BY product_id, attached_at, id")
                .param(productIds.toArray(UUID[]::new))
                .query(MediaRepository::row)
                .list();
    }

    private static MediaRow row(ResultSet row, int index) throws SQLException {
        OffsetDateTime attachedAt = row.getObject("attached_at", OffsetDateTime.class);
        return new MediaRow(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
                row.getString("object_key"), row.getString("content_type"), row.getLong("declared_size"),
                row.getObject("size_bytes", Long.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                attachedAt == null ? null : attachedAt.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
