package io.livedrop.order.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.livedrop.events.Money;

import org.junit.jupiter.api.Test;

class StockRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID BUYER = UUID.randomUUID();

    @Test
    void theReserveScriptsCodesMapToOutcomes() {
        assertThat(ReserveResult.fromScript(0)).isEqualTo(ReserveResult.RESERVED);
        assertThat(ReserveResult.fromScript(41)).isEqualTo(ReserveResult.RESERVED);
        assertThat(ReserveResult.fromScript(-1)).isEqualTo(ReserveResult.COUNTERS_MISSING);
        assertThat(ReserveResult.fromScript(-2)).isEqualTo(ReserveResult.NOT_LIVE);
        assertThat(ReserveResult.fromScript(-3)).isEqualTo(ReserveResult.LIMIT_EXCEEDED);
        assertThat(ReserveResult.fromScript(-4)).isEqualTo(ReserveResult.SOLD_OUT);
        assertThat(ReserveResult.fromScript(-5)).isEqualTo(ReserveResult.PRODUCT_NOT_IN_DROP);
        assertThatThrownBy(() -> ReserveResult.fromScript(-9)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDropSellsOnlyWhileLiveAndBeforeItsEnd() {
        assertThat(sale(SaleStatus.LIVE, NOW.plusSeconds(60)).sellsAt(NOW)).isTrue();
        assertThat(sale(SaleStatus.LIVE, NOW).sellsAt(NOW)).isFalse();
        assertThat(sale(SaleStatus.LIVE, null).sellsAt(NOW)).isTrue();
        assertThat(sale(SaleStatus.SCHEDULED, NOW.plusSeconds(60)).sellsAt(NOW)).isFalse();
        assertThat(sale(SaleStatus.ENDED, NOW.plusSeconds(60)).sellsAt(NOW)).isFalse();
        assertThat(sale(SaleStatus.CANCELLED, NOW.plusSeconds(60)).sellsAt(NOW)).isFalse();
    }

    @Test
    void aDropOnlyMovesForward() {
        assertThat(SaleStatus.SCHEDULED.canMoveTo(SaleStatus.LIVE)).isTrue();
        assertThat(SaleStatus.SCHEDULED.canMoveTo(SaleStatus.CANCELLED)).isTrue();
        assertThat(SaleStatus.LIVE.canMoveTo(SaleStatus.ENDED)).isTrue();
        assertThat(SaleStatus.ENDED.canMoveTo(SaleStatus.LIVE)).isFalse();
        assertThat(SaleStatus.CANCELLED.canMoveTo(SaleStatus.LIVE)).isFalse();
        assertThat(SaleStatus.LIVE.canMoveTo(SaleStatus.SCHEDULED)).isFalse();
        assertThat(SaleStatus.before(SaleStatus.ENDED)).containsExactly("SCHEDULED", "LIVE");
    }

    @Test
    void countersFromPostgresHoldUnitsLeftAndWhatEachBuyerHolds() {
        CounterValues values = CounterValues.of(sale(SaleStatus.LIVE, null),
                List.of(new SaleItem(PRODUCT, 100, 30, Money.eur(100))), Map.of(BUYER, 2));

        assertThat(values.left()).containsExactly(Map.entry(PRODUCT, 70));
        assertThat(values.held()).containsExactly(Map.entry(BUYER, 2));
        assertThat(values.perUserLimit()).isEqualTo(2);
    }

    @Test
    void aBuyerHoldingNothingIsTheSameAsNoBuyer() {
        CounterValues withZero = counters(Map.of(PRODUCT, 5), Map.of(BUYER, 0));
        CounterValues without = counters(Map.of(PRODUCT, 5), Map.of());

        assertThat(withZero.sameCountsAs(without)).isTrue();
    }

    @Test
    void differentUnitsLeftOrHeldAreADifference() {
        CounterValues truth = counters(Map.of(PRODUCT, 5), Map.of(BUYER, 1));

        assertThat(counters(Map.of(PRODUCT, 6), Map.of(BUYER, 1)).sameCountsAs(truth)).isFalse();
        assertThat(counters(Map.of(PRODUCT, 5), Map.of(BUYER, 2)).sameCountsAs(truth)).isFalse();
    }

    private static CounterValues counters(Map<UUID, Integer> left, Map<UUID, Integer> held) {
        return new CounterValues("LIVE", 2, null, left, held);
    }

    private static DropSale sale(SaleStatus status, Instant endsAt) {
        return new DropSale(UUID.randomUUID(), status, 2, NOW.minus(Duration.ofHours(1)), endsAt);
    }
}
