package io.livedrop.product.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.inventory.*}.
 *
 * @param stockLowPercent product.stock-low is published, once per product and drop, when fewer than
 *        this share of the dropped units remain
 */
@ConfigurationProperties("livedrop.inventory")
record InventoryProperties(@DefaultValue("10") int stockLowPercent) {

    InventoryProperties {
        if (stockLowPercent < 1 || stockLowPercent > 100) {
            throw new IllegalArgumentException("livedrop.inventory.stock-low-percent must be 1 to 100");
        }
    }
}
