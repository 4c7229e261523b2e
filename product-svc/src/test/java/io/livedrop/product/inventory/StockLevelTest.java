package io.livedrop.product.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockLevelTest {

    @Test
    void remainingIsDroppedLessSoldAndNeverNegative() {
        assertThat(new StockLevel(20, 7).remaining()).isEqualTo(13);
        assertThat(new StockLevel(20, 25).remaining()).isZero();
    }

    @Test
    void stockIsLowOnceFewerThanThePercentageRemain() {
        assertThat(new StockLevel(100, 90).isLow(10)).as("10 of 100 left").isFalse();
        assertThat(new StockLevel(100, 91).isLow(10)).as("9 of 100 left").isTrue();
        assertThat(new StockLevel(100, 100).isLow(10)).as("sold out").isTrue();
    }

    @Test
    void smallDropIsLowOnlyWhenSoldOutAtTenPercent() {
        assertThat(new StockLevel(5, 4).isLow(10)).isFalse();
        assertThat(new StockLevel(5, 5).isLow(10)).isTrue();
    }

    @Test
    void productNotInADropIsNeverLow() {
        assertThat(new StockLevel(0, 0).isLow(10)).isFalse();
    }

    @Test
    void alertIsDueOnlyForALowLiveDropNotYetAnnounced() {
        StockLevel low = new StockLevel(20, 19);
        UUID product = UUID.randomUUID();
        UUID drop = UUID.randomUUID();

        assertThat(new DropStock(product, drop, low, false, false).needsStockLowAlert(10)).isTrue();
        assertThat(new DropStock(product, drop, low, false, true).needsStockLowAlert(10)).as("announced").isFalse();
        assertThat(new DropStock(product, drop, low, true, false).needsStockLowAlert(10)).as("cancelled").isFalse();
        assertThat(new DropStock(product, drop, new StockLevel(20, 10), false, false).needsStockLowAlert(10)).isFalse();
    }
}
