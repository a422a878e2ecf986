package org.openprocurement.platform.api.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One agency's row of the spend table in CNY as the portal shows it, read from the page: tests compare it before and
 * after their own awards, so what other test classes bought for the same agency cannot disturb the figures.
 */
record AgencySpendRow(int awards, BigDecimal total, int withheld) {

    static final AgencySpendRow NONE = new AgencySpendRow(0, BigDecimal.ZERO.setScale(2), 0);

    /** The agency's CNY row of the spend page, or {@link #NONE} when the agency has no published award yet. */
    static AgencySpendRow of(String spendPage, String agencyName) {
        Matcher row = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(agencyName)
                        + "</th><td class=\"num\">(\\d+)</td><td class=\"num\">([0-9,.]+) CNY</td>"
                        + "<td class=\"num\">(\\d+)</td></tr>")
                .matcher(spendPage);
        if (!row.find()) {
            return NONE;
        }
        AgencySpendRow found = new AgencySpendRow(
                Integer.parseInt(row.group(1)),
                new BigDecimal(row.group(2).replace(",", "")).setScale(2),
                Integer.parseInt(row.group(3)));
        assertThat(row.find()).as("one CNY row for %s", agencyName).isFalse();
        return found;
    }

    /** This row with one more award: of that value, or withheld when the value is null. */
    AgencySpendRow plus(String value) {
        return value == null
                ? new AgencySpendRow(awards, total, withheld + 1)
                : new AgencySpendRow(
                        awards + 1, total.add(new BigDecimal(value)).setScale(2), withheld);
    }

    /** The total as the portal prints it. */
    String money() {
        return String.format(Locale.ROOT, "%,.2f", total);
    }
}
