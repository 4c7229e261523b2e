package io.livedrop.events;

import java.util.Objects;

/** An amount in minor units (cents), never a floating-point number. */
public record Money(long amount, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    public static Money eur(long cents) {
        return new Money(cents, "EUR");
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(amount, quantity), currency);
    }
}
