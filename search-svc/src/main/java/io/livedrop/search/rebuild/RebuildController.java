package io.livedrop.search.rebuild;

import java.util.List;

import io.livedrop.search.index.Queries;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/search/rebuild} (ADMIN): rebuilds every index behind its alias and
 * answers when done, with what moved where. Synchronous: the indices are small enough, and the
 * caller learns whether it worked.
 */
@RestController
class RebuildController {

    private final IndexRebuilder rebuilder;

    RebuildController(IndexRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping("/api/v1/admin/search/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    Rebuilt rebuild() {
        // Elasticsearch away answers 503, like a search.
        return new Rebuilt(Queries.run(rebuilder::rebuildAll));
    }

    record Rebuilt(List<RebuildResult> indices) {
    }
}
