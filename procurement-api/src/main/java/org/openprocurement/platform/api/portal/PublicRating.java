package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;

/**
 * How the completed contracts of public processes an agency took part in were rated by their parties.
 *
 * @param contracts rated contracts of public processes, as using or purchasing agency
 * @param ratings ratings those contracts received from every party
 * @param averageScore mean of those ratings, 1 to 5, two decimals; null when there is none
 */
public record PublicRating(String agencyId, long contracts, long ratings, BigDecimal averageScore) {}
