package io.livedrop.product.catalog;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.IdPageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For other services only (role SERVICE), not routed by the gateway: every product, archived ones
 * too, in id order, for search-svc to rebuild its index from the source of truth.
 */
@RestController
@PreAuthorize("hasRole('SERVICE')")
class InternalProductsController {

    private final ProductRepository products;

    InternalProductsController(ProductRepository products) {
        this.products = products;
    }

    @GetMapping("/internal/products")
    @Transactional(readOnly = true)
    CursorPage<ProductSummary> all(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        IdPageRequest request = IdPageRequest.of(limit, cursor);
        return request.page(products.allAfter(request.after(), request.fetchSize()), Product::id)
                .map(ProductSummary::of);
    }
}
