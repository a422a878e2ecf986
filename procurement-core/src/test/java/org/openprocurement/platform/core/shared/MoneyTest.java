package org.openprocurement.platform.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EUR", "CNY", "JPY", "USD", "GBP", "BHD", "CHF"})
    void anIsoCurrencyIsACurrency(String code) {
        assertThat(Money.isCurrency(code)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"ABC", "QQQ", "eur", "Eur", "EURO", "EU", " EUR", "EUR ", "E1R"})
    void aCodeThatIsNotAnIsoCurrencyIsNotACurrency(String code) {
        assertThat(Money.isCurrency(code)).isFalse();
    }

    // ISO 4217 codes for "no currency", testing, precious metals and accounting units: no budget is kept in them.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA"})
    void aCodeForSomethingOtherThanMoneyIsNotACurrency(String code) {
        assertThat(Money.isCurrency(code)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "10.10, EUR",
        "10.1, EUR",
        "10, EUR",
        "10.100, EUR",
        "0.01, CNY",
        "1500, JPY",
        "1500.00, JPY",
        "1E+3, JPY",
        "10.001, BHD"
    })
    void anAmountInWholeMinorUnitsFits(String amount, String currency) {
        assertThat(Money.fitsMinorUnit(new BigDecimal(amount), currency)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"10.001, CNY", "10.001, EUR", "0.005, USD", "10.5, JPY", "0.1, JPY", "10.0001, BHD"})
    void anAmountFinerThanTheMinorUnitDoesNotFit(String amount, String currency) {
        assertThat(Money.fitsMinorUnit(new BigDecimal(amount), currency)).isFalse();
    }
}
