package io.livedrop.product.catalog;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ProductController {

    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    @PostMapping("/products")
    @PreAuthorize("hasRole('CREATOR')")
    ResponseEntity<ProductDetail> create(CurrentUser caller, @Valid @RequestBody CreateProductRequest request) {
        ProductDetail created = products.create(caller.id(), request);
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
    }

    @GetMapping("/products/{productId}")
    ProductDetail get(@PathVariable UUID productId) {
        return products.detail(productId);
    }

    @PatchMapping("/products/{productId}")
    ProductDetail update(CurrentUser caller, @PathVariable UUID productId,
            @Valid @RequestBody UpdateProductRequest request) {
        return products.update(productId, caller.id(), request);
    }

    /** Archives: the product stays readable, for the orders that refer to it, but leaves the creator's list. */
    @DeleteMapping("/products/{productId}")
    ResponseEntity<Void> archive(CurrentUser caller, @PathVariable UUID productId) {
        products.archive(productId, caller.id());
        return ResponseEntity.noContent().build();
    }

    /** Newest first; archived products are left out. */
    @GetMapping("/creators/{creatorId}/products")
    CursorPage<ProductView> listed(@PathVariable UUID creatorId, CursorRequest page) {
        return products.listedBy(creatorId, page);
    }
}
