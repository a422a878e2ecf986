package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment under a contract, as published.
 *
 * @param amount the amount paid, in the contract's currency; null when the contract value is withheld
 * @param paidAt when it was paid
 * @param milestone the title of the milestone it paid, or "Advance payment" for an advance
 */
public record PublicPayment(BigDecimal amount, Instant paidAt, String milestone) {}
