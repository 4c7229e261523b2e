package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livedrop.events.Money;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void positiveAmountInAKnownCurrencyIsAPrice() {
        assertThat(new Price(1999, "EUR").toMoney()).isEqualTo(new Money(1999, "EUR"));
    }

    @Test
    void zeroOrNegativeAmountIsRejectedNamingTheAmount() {
        assertThatThrownBy(() -> new Price(0, "EUR")).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("price.amount"));
        assertThatThrownBy(() -> new Price(-5, "EUR")).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("price.amount"));
    }

    @Test
    void threeLettersThatAreNoCurrencyAreRejectedNamingTheCurrency() {
        assertThatThrownBy(() -> new Price(100, "ABC")).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("price.currency"));
    }

    @Test
    void lowerCaseOrMissingCurrencyIsRejected() {
        assertThatThrownBy(() -> new Price(100, "eur")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new Price(100, null)).isInstanceOf(InvalidFieldException.class);
    }
}
