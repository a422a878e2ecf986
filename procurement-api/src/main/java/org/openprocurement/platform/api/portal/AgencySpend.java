package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;

/**
 * What one using agency has awarded in one currency across its public processes.
 *
 * @param awards how many awards are summed
 * @param withheld how many further awards have their value withheld from publication
 */
record AgencySpend(String agencyId, String agencyName, String currency, int awards, BigDecimal total, int withheld) {}
