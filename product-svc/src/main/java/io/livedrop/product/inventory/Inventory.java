package io.livedrop.product.inventory;

import io.livedrop.events.drop.DropItem;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.events.product.ProductStockLow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory view: per product and drop, the units dropped and sold, kept from drop-svc's and
 * order-svc's events. It announces product.stock-low once per product and drop, and
 * product.stock-changed whenever a product's totals change, in the transaction of the change, so a
 * redelivered event cannot announce anything twice.
 */
@Service
public class Inventory {

    private final DropStockRepository stock;
    private final AnnouncedStockRepository announced;
    private final Outbox outbox;
    private final int stockLowPercent;
    private final Clock clock;

    Inventory(DropStockRepository stock, AnnouncedStockRepository announced, Outbox outbox,
            InventoryProperties properties, Clock clock) {
        this.stock = stock;
        this.announced = announced;
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
        List<DropStock> changed = stock.plan(dropId, quantities);
        changed.forEach(this::alertIfLow);
        announceTotals(changed.stream().map(DropStock::productId).toList());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void cancelled(UUID dropId) {
        announceTotals(stock.cancel(dropId, now()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reserved(UUID dropId, UUID productId, int quantity) {
        alertIfLow(stock.addSold(dropId, productId, quantity));
        announceTotals(List.of(productId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void released(UUID dropId, UUID productId, int quantity) {
        stock.addSold(dropId, productId, -quantity);
        announceTotals(List.of(productId));
    }

    private void alertIfLow(DropStock row) {
        if (row.needsStockLowAlert(stockLowPercent)
                && stock.markStockLowPublished(row.dropId(), row.productId(), now())) {
            outbox.publish(new ProductStockLow(row.productId(), row.dropId(), row.level().remaining(), now()));
        }
    }

    /**
     * Publishes product.stock-changed for each product whose totals differ from the last ones
     * announced. The products are locked in one order (by id), so two changes that touch the same
     * products in another order cannot deadlock.
     */
    private void announceTotals(Collection<UUID> products) {
        products.stream().distinct().sorted().forEach(productId -> {
            AnnouncedStock last = announced.lock(productId);
            AnnouncedStock next = last.next(InventoryView.of(stock.ofProduct(productId)).totals());
            if (next != null) {
                announced.record(productId, next);
                StockTotals totals = next.totals();
                outbox.publish(new ProductStockChanged(productId, totals.dropped(), totals.sold(),
                        totals.remaining(), next.version(), now()));
            }
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
