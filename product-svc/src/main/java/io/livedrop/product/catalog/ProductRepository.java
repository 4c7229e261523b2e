package io.livedrop.product.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code product} table. */
@Repository
class ProductRepository {

    private static final String COLUMNS = "id, creator_id, owner_id, title, description, price_amount, price_currency,"
            + " category, tags, created_at, updated_at, archived_at";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Product product) {
        jdbc.sql("INSERT INTO product (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(product.id(), product.creatorId(), product.ownerId(), product.title(), product.description(),
                        product.price().amount(), product.price().currency(), product.category().slug(),
                        product.tags().toArray(String[]::new), utc(product.createdAt()), utc(product.updatedAt()),
                        utc(product.archivedAt()))
                .update();
    }

    /** Writes the parts of a product that can change. */
    void update(Product product) {
        jdbc.sql("""
                UPDATE product SET title = ?, description = ?, price_amount = ?, price_currency = ?, category = ?,
                    tags = ?, updated_at = ?, archived_at = ?
                WHERE id = ?""")
                .params(product.title(), product.description(), product.price().amount(),
                        product.price().currency(), product.category().slug(), product.tags().toArray(String[]::new),
                        utc(product.updatedAt()), utc(product.archivedAt()), product.id())
                .update();
    }

    Optional<Product> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE id = ?")
                .param(id)
                .query(ProductRepository::row)
                .optional();
    }

    /**
     * The product, locked until the transaction ends: edits, archiving and media changes each
     * write the whole row, so they must not interleave, and their events stay in commit order.
     */
    Optional<Product> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE id = ? FOR UPDATE")
                .param(id)
                .query(ProductRepository::row)
                .optional();
    }

    /**
     * A creator's products that are not archived, newest first, after the position {@code (createdAt, id)}
     * (null: from the newest): one keyset page along the partial index, the same cost at any depth.
     */
    List<Product> listedBy(UUID creatorId, Instant afterCreatedAt, UUID afterId, int rows) {
        String select = "SELECT " + COLUMNS + " FROM product WHERE creator_id = :creator AND archived_at IS NULL";
        String order = " ORDER BY created_at DESC, id DESC LIMIT :rows";
        if (afterId == null) {
            return jdbc.sql(select + order)
                    .param("creator", creatorId)
                    .param("rows", rows)
                    .query(ProductRepository::row)
                    .list();
        }
        return jdbc.sql(select + " AND (created_at, id) < (:createdAt, :id)" + order)
                .param("creator", creatorId)
                .param("createdAt", utc(afterCreatedAt))
                .param("id", afterId)
                .param("rows", rows)
                .query(ProductRepository::row)
                .list();
    }

    /** Every product, archived ones too, in id order after {@code after} (null: from the first), along the key. */
    List<Product> allAfter(UUID after, int rows) {
        if (after == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM product ORDER BY id LIMIT ?")
                    .param(rows)
                    .query(ProductRepository::row)
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE id > ? ORDER BY id LIMIT ?")
                .params(after, rows)
                .query(ProductRepository::row)
                .list();
    }

    private static Product row(ResultSet row, int index) throws SQLException {
        OffsetDateTime archivedAt = row.getObject("archived_at", OffsetDateTime.class);
        return new Product(row.getObject("id", UUID.class), row.getObject("creator_id", UUID.class),
                row.getObject("owner_id", UUID.class), row.getString("title"), row.getString("description"),
                new Price(row.getLong("price_amount"), row.getString("price_currency")),
                Category.fromSlug(row.getString("category")),
                List.of((String[]) row.getArray("tags").getArray()),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                archivedAt == null ? null : archivedAt.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
