package io.livedrop.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "PENDING_PAYMENT", mode = EnumSource.Mode.EXCLUDE)
    void aPendingOrderMayEndInAnyEndState(OrderStatus end) {
        assertThat(OrderStatus.PENDING_PAYMENT.canMoveTo(end)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "PENDING_PAYMENT", mode = EnumSource.Mode.EXCLUDE)
    void anEndedOrderNeverMovesAgain(OrderStatus end) {
        for (OrderStatus next : OrderStatus.values()) {
            assertThat(end.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void everyEndButConfirmationGivesTheUnitsBack() {
        assertThat(OrderStatus.releasesStock(OrderStatus.CONFIRMED)).isFalse();
        assertThat(OrderStatus.releasesStock(OrderStatus.PAYMENT_FAILED)).isTrue();
        assertThat(OrderStatus.releasesStock(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.releasesStock(OrderStatus.EXPIRED)).isTrue();
    }

    @Test
    void theTotalIsTheSumOfUnitPriceTimesQuantity() {
        assertThat(Order.totalOf(List.of(line(2, Money.eur(2500)), line(1, Money.eur(1000)))))
                .isEqualTo(Money.eur(6000));
    }

    @Test
    void linesInDifferentCurrenciesCannotMakeOneTotal() {
        assertThatThrownBy(() -> Order.totalOf(List.of(line(1, Money.eur(1)), line(1, new Money(1, "USD")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OrderLineItem line(int quantity, Money unitPrice) {
        return new OrderLineItem(UUID.randomUUID(), UUID.randomUUID(), quantity, unitPrice);
    }
}
