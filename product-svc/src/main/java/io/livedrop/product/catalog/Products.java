package io.livedrop.product.catalog;

import io.livedrop.events.UuidV7;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.product.cache.ProductDetailCache;
import io.livedrop.product.creators.CreatorDirectory;
import io.livedrop.product.inventory.Inventory;
import io.livedrop.product.media.MediaLinks;
import io.livedrop.product.media.MediaView;
import io.livedrop.product.media.ProductAccess;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing, archiving and reading products. Every change is published through the
 * outbox; the published event is also what evicts the cached detail.
 */
@Service
class Products implements ProductAccess {

    private final ProductRepository products;
    private final CreatorDirectory creators;
    private final MediaLinks media;
    private final Inventory inventory;
    private final ProductDetailCache cache;
    private final Outbox outbox;
    private final Clock clock;

    Products(ProductRepository products, CreatorDirectory creators, MediaLinks media, Inventory inventory,
            ProductDetailCache cache, Outbox outbox, Clock clock) {
        if (!media.urlsOutlive(cache.ttl())) {
            throw new IllegalStateException("livedrop.media.download-url-ttl must be longer than "
                    + "livedrop.cache.product-detail-ttl: a cached product would hand out dead media URLs");
        }
        this.products = products;
        this.creators = creators;
        this.media = media;
        this.inventory = inventory;
        this.cache = cache;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    ProductDetail create(UUID userId, CreateProductRequest request) {
        Price price = valid(() -> request.price().toPrice());
        Category category = valid(() -> Category.fromSlug(request.category()));
        UUID creatorId = creators.creatorOf(userId).orElseThrow(() -> ProblemException.conflict(
                "creator-page-unknown", "Your creator page is not known here yet; try again in a moment."));
        Product product = Product.create(UuidV7.next(), creatorId, userId, ProductText.clean(request.title()),
                request.description() == null ? "" : ProductText.clean(request.description()), price, category,
                request.tags() == null ? List.of() : ProductText.tags(request.tags()), now());
        products.insert(product);
        outbox.publish(new ProductCreated(product.id(), creatorId, product.title(), product.description(),
                price.toMoney(), category.slug(), product.tags(), product.createdAt()));
        return ProductDetail.of(ProductView.of(product, List.of()), inventory.of(product.id()));
    }

    /** Served from the cache when it can be; the inventory changes with every sale, so it is always read fresh. */
    ProductDetail detail(UUID productId) {
        ProductView view = cache.get(productId, ProductView.class).orElseGet(() -> {
            ProductView loaded = products.find(productId).map(this::view).orElseThrow(() -> notFound(productId));
            cache.put(productId, loaded);
            return loaded;
        });
        return ProductDetail.of(view, inventory.of(productId));
    }

    @Transactional
    ProductDetail update(UUID productId, UUID userId, UpdateProductRequest request) {
        ProductPatch patch = new ProductPatch(ProductText.clean(request.title()),
                ProductText.clean(request.description()),
                request.price() == null ? null : valid(() -> request.price().toPrice()),
                request.category() == null ? null : valid(() -> Category.fromSlug(request.category())),
                ProductText.tags(request.tags()));
        Product current = editable(productId, userId);
        Optional<Product> edited = current.edit(patch, now());
        edited.ifPresent(product -> {
            products.update(product);
            publishUpdated(product);
            if (!product.price().equals(current.price())) {
                outbox.publish(new ProductPriceChanged(productId, product.creatorId(), current.price().toMoney(),
                        product.price().toMoney(), product.updatedAt()));
            }
        });
        return ProductDetail.of(view(edited.orElse(current)), inventory.of(productId));
    }

    /** Archiving an archived product changes nothing. */
    @Transactional
    void archive(UUID productId, UUID userId) {
        Product current = owned(productId, userId);
        if (!current.archived()) {
            Product archived = current.archive(now());
            products.update(archived);
            publishUpdated(archived);
        }
    }

    @Transactional(readOnly = true)
    CursorPage<ProductView> listedBy(UUID creatorId, CursorRequest request) {
        Cursor after = request.cursor();
        List<Product> rows = after == null
                ? products.listedBy(creatorId, null, null, request.fetchSize())
                : products.listedBy(creatorId, after.instant(0), after.uuid(1), request.fetchSize());
        CursorPage<Product> page = CursorPage.of(rows, request, product -> Cursor.of(product.createdAt(), product.id()));
        Map<UUID, List<MediaView>> mediaOf = media.of(page.items().stream().map(Product::id).toList());
        return page.map(product -> ProductView.of(product, mediaOf.getOrDefault(product.id(), List.of())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockEditable(UUID productId, UUID userId) {
        editable(productId, userId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void mediaChanged(UUID productId) {
        Product touched = products.lock(productId).orElseThrow(() -> notFound(productId)).touch(now());
        products.update(touched);
        publishUpdated(touched);
    }

    private ProductView view(Product product) {
        return ProductView.of(product, media.of(product.id()));
    }

    private Product editable(UUID productId, UUID userId) {
        Product product = owned(productId, userId);
        if (product.archived()) {
            throw ProblemException.conflict("product-archived", "Product " + productId + " is archived and cannot change.");
        }
        return product;
    }

    /** The product, locked; 404 if unknown, 403 if not the caller's. */
    private Product owned(UUID productId, UUID userId) {
        Product product = products.lock(productId).orElseThrow(() -> notFound(productId));
        if (!product.isOwnedBy(userId)) {
            throw ProblemException.forbidden("Only the creator who owns this product may change it.");
        }
        return product;
    }

    private void publishUpdated(Product product) {
        outbox.publish(new ProductUpdated(product.id(), product.creatorId(), product.title(), product.description(),
                product.price().toMoney(), product.category().slug(), product.tags(), product.archived(),
                product.updatedAt()));
    }

    private static ProblemException notFound(UUID productId) {
        return ProblemException.notFound("There is no product " + productId + ".");
    }

    /** Runs a domain check on client input, answering 400 naming the field it rejects. */
    private static <T> T valid(Supplier<T> parse) {
        try {
            return parse.get();
        }
        catch (InvalidFieldException e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
    }

    // Postgres keeps microseconds: events carry the same instant as the row.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
