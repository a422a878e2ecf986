package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;

/**
 * How the procedures an agency took part in were rated, as buyer (using agency) or as purchasing agency.
 *
 * @param contracts completed contracts with at least one rating
 * @param ratings ratings received, by every party
 * @param averageScore mean of every rating, 1 to 5, two decimals
 * @param byUsingAgency mean rating given by the using agencies, or null
 * @param byPurchasingAgency mean rating given by the purchasing agencies, or null
 * @param bySupplier mean rating given by the suppliers, or null
 */
public record AgencyEvaluationResponse(
        String agencyId,
        long contracts,
        long ratings,
        BigDecimal averageScore,
        BigDecimal byUsingAgency,
        BigDecimal byPurchasingAgency,
        BigDecimal bySupplier) {}
