package io.livedrop.product.catalog;

import io.livedrop.events.Money;
import java.util.Currency;

/**
 * What a product costs: a positive amount in minor units of a currency ISO 4217 knows (not just
 * any three letters), so an order can always be charged in it.
 */
public record Price(long amount, String currency) {

    static final String AMOUNT_FIELD = "price.amount";
    static final String CURRENCY_FIELD = "price.currency";

    public Price {
        if (amount <= 0) {
            throw new InvalidFieldException(AMOUNT_FIELD, "must be greater than 0 (minor units, e.g. cents)");
        }
        if (currency == null || !currency.matches("[A-Z]{3}") || !isKnown(currency)) {
            throw new InvalidFieldException(CURRENCY_FIELD, "must be a known ISO 4217 currency code, e.g. EUR");
        }
    }

    Money toMoney() {
        return new Money(amount, currency);
    }

    private static boolean isKnown(String code) {
        try {
            Currency.getInstance(code);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }
}
