package org.openprocurement.platform.core.tender;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A qualified bid's place in the ranking.
 *
 * @param score the total score under comprehensive scoring, the price itself under lowest price
 */
public record RankedBid(int rank, UUID bidId, String supplierId, BigDecimal price, BigDecimal score) {}
