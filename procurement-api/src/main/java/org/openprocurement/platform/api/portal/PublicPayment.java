package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment under a contract, as published.
 *
 * @param amount the amount paid, in the contract's currency
 * @param paidAt when it was paid
 * @param milestone what the payment was for, null when not tied to a milestone
 */
public record PublicPayment(BigDecimal amount, Instant paidAt, String milestone) {}
