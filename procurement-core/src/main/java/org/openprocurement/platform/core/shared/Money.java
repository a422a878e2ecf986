package org.openprocurement.platform.core.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/** Rules on amounts of money that hold for every aggregate. */
public final class Money {

    private static final Set<String> NON_CURRENCIES = Set.of("XAU", "XAG", "XPT", "XPD", "XXX", "XTS", "XDR");

    private Money() {}

    /** True when {@code code} is an ISO 4217 currency that public budgets can be denominated in. */
    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}") || NON_CURRENCIES.contains(code)) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** True when {@code amount} has no more decimals than the currency's minor unit allows. */
    public static boolean fitsMinorUnit(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.stripTrailingZeros().scale() <= digits;
    }
}
