package io.livedrop.product.inventory;

import io.livedrop.events.drop.DropItem;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.events.product.ProductStockLow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory view: per product and drop, the units dropped and sold, kept from drop-svc's and
 * order-svc's events. It announces product.stock-low once per product and drop, in the
 * transaction of the change that made stock low, so a redelivered event cannot announce it twice.
 */
@Service
public class Inventory {

    private final DropStockRepository stock;
    private final Outbox outbox;
    private final int stockLowPercent;
    private final Clock clock;

    Inventory(DropStockRepository stock, Outbox outbox, InventoryProperties properties, Clock clock) {
        this.stock = stock;
        this.outbox = outbox;
        this.stockLowPercent = properties.stockLowPercent();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InventoryView of(UUID productId) {
        return InventoryView.of(stock.ofProduct(productId));
    }

    /** A drop was scheduled or changed: its items are what it offers now. */
    @Transactional(propagation = Propagation.MANDATORY)
    void planned(UUID dropId, List<DropItem> items) {
        Map<UUID, Integer> quantities = items.stream()
                .collect(Collectors.toMap(DropItem::productId, DropItem::quantity, Integer::sum));
        stock.plan(dropId, quantities).forEach(this::alertIfLow);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void cancelled(UUID dropId) {
        stock.cancel(dropId, now());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reserved(UUID dropId, UUID productId, int quantity) {
        alertIfLow(stock.addSold(dropId, productId, quantity));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void released(UUID dropId, UUID productId, int quantity) {
        stock.addSold(dropId, productId, -quantity);
    }

    private void alertIfLow(DropStock row) {
        if (row.needsStockLowAlert(stockLowPercent)
                && stock.markStockLowPublished(row.dropId(), row.productId(), now())) {
            outbox.publish(new ProductStockLow(row.productId(), row.dropId(), row.level().remaining(), now()));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
