package io.livedrop.search.rebuild;

import java.util.List;

import io.livedrop.search.index.Queries;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/search/rebuild} (ADMIN): rebuilds every index from the source services'
 * internal listings and answers when done, with what moved where. Not routed by the gateway (an
 * operator calls search-svc directly); synchronous, so the caller learns whether it worked. For a
 * catalogue that takes longer than a client waits, run the command instead: {@link RebuildCommand}.
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
        // Elasticsearch away answers 503, like a search; a source away 502.
        return new Rebuilt(Queries.run(rebuilder::rebuildAll));
    }

    record Rebuilt(List<RebuildResult> indices) {
    }
}
