package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Escaping and formatting for the server-rendered portal. Every value that comes from data goes through
 * {@link #esc}; markup is only ever written as constants in the page classes.
 */
final class Html {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Html() {}

    /** The text with every character that has a meaning in HTML (also inside quoted attributes) escaped. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A {@code <time>} element: the machine-readable instant and its local reading in the procurement's zone. */
    static String time(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "—";
        }
        return "<time datetime=\"" + esc(instant.toString()) + "\">" + esc(WHEN.format(instant.atZone(zone)))
                + "</time>";
    }

    /** An amount with thousands separators and the currency's minor unit, followed by the currency code. */
    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "—";
        }
        int digits = digitsOf(currency);
        DecimalFormat format = new DecimalFormat(
                digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return esc(format.format(amount.setScale(digits, RoundingMode.HALF_EVEN)) + " " + currency);
    }

    /** A value the disclosure policy withholds from the public, said in words rather than left blank. */
    static String withheld() {
        return "<span class=\"withheld\">withheld from publication</span>";
    }

    /** An enum name such as {@code OPEN_TENDERING} as words: "open tendering". */
    static String words(String name) {
        return name == null ? "" : esc(name.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static int digitsOf(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return 2;
        }
    }
}
