package org.openprocurement.platform.core.tender.event;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A bid as read from the tender box at opening.
 *
 * @param price the total price offered, in the tender's currency
 * @param contentDigest SHA-256 of what the supplier submitted, as on its receipt
 * @param counted false when the bid was not confirmed after the last amendment, so it takes no part
 */
public record OpenedBid(UUID bidId, String supplierId, BigDecimal price, String contentDigest, boolean counted) {}
