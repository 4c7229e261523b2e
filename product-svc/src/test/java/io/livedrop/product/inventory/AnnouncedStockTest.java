package io.livedrop.product.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnouncedStockTest {

    private final AnnouncedStock last = new AnnouncedStock(4, new StockTotals(20, 3, 17));

    @Test
    void changedTotalsAreAnnouncedUnderTheNextVersion() {
        assertThat(last.next(new StockTotals(20, 4, 16)))
                .isEqualTo(new AnnouncedStock(5, new StockTotals(20, 4, 16)));
    }

    @Test
    void unchangedTotalsAreNotAnnouncedAgain() {
        assertThat(last.next(new StockTotals(20, 3, 17))).isNull();
    }

    @Test
    void theFirstAnnouncementIsVersionOne() {
        AnnouncedStock none = new AnnouncedStock(0, new StockTotals(0, 0, 0));

        assertThat(none.next(new StockTotals(5, 0, 5)).version()).isEqualTo(1);
    }
}
