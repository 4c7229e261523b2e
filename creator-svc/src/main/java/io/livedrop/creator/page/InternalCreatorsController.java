package io.livedrop.creator.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.IdPageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For other services only (role SERVICE), not routed by the gateway: every creator page in id order,
 * for search-svc to rebuild its index from the source of truth. A keyset read on the primary key.
 */
@RestController
@PreAuthorize("hasRole('SERVICE')")
class InternalCreatorsController {

    private static final String SELECT = "SELECT id, handle, display_name, bio, verified, created_at FROM creator";

    private final JdbcClient jdbc;

    InternalCreatorsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/internal/creators")
    CursorPage<CreatorSummary> all(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        IdPageRequest request = IdPageRequest.of(limit, cursor);
        List<CreatorSummary> rows = request.after() == null
                ? jdbc.sql(SELECT + " ORDER BY id LIMIT ?").param(request.fetchSize()).query(this::row).list()
                : jdbc.sql(SELECT + " WHERE id > ? ORDER BY id LIMIT ?").params(request.after(), request.fetchSize())
                        .query(this::row).list();
        return request.page(rows, CreatorSummary::id);
    }

    private CreatorSummary row(ResultSet row, int index) throws SQLException {
        return new CreatorSummary(row.getObject("id", UUID.class), row.getString("handle"),
                row.getString("display_name"), row.getString("bio"), row.getBoolean("verified"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
