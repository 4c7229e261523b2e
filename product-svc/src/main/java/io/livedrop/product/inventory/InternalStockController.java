package io.livedrop.product.inventory;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.IdPageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For other services only (role SERVICE), not routed by the gateway: every product's last announced
 * stock totals in product id order, so search-svc's rebuild can fill in stock whose events it never
 * consumed. The versions are those of product.stock-changed, so a listed row and an event order
 * against each other.
 */
@RestController
@PreAuthorize("hasRole('SERVICE')")
class InternalStockController {

    private final AnnouncedStockRepository announced;

    InternalStockController(AnnouncedStockRepository announced) {
        this.announced = announced;
    }

    @GetMapping("/internal/product-stock")
    @Transactional(readOnly = true)
    CursorPage<ListedStock> all(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        IdPageRequest request = IdPageRequest.of(limit, cursor);
        return request.page(announced.allAfter(request.after(), request.fetchSize()), ListedStock::productId);
    }
}
