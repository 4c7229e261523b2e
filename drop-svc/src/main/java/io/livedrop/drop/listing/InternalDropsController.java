package io.livedrop.drop.listing;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.IdPageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For other services only (role SERVICE), not routed by the gateway: every drop whatever its status,
 * with its times and items, in id order, for search-svc to rebuild its index from the source of truth.
 */
@RestController
@PreAuthorize("hasRole('SERVICE')")
class InternalDropsController {

    private final DropReads drops;

    InternalDropsController(DropReads drops) {
        this.drops = drops;
    }

    @GetMapping("/internal/drops")
    CursorPage<DropView> all(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        IdPageRequest request = IdPageRequest.of(limit, cursor);
        return request.page(drops.allAfter(request.after(), request.fetchSize()), DropView::id);
    }
}
