package org.openprocurement.platform.api.bid;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A bid as read out at the opening, public from then on.
 *
 * @param counted false when the bid was not confirmed after the tender's last amendment
 */
public record OpenedBidResponse(
        UUID bidId, String supplierId, BigDecimal price, String contentDigest, boolean counted) {}
