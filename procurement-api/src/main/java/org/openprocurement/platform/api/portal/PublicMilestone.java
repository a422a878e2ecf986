package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone of a published contract: what is due when, and whether it was met.
 *
 * @param type delivery, acceptance or payment, as the enum name
 * @param amount what a payment milestone is worth, null for others or when the contract value is withheld
 * @param metAt when the buyer accepted it as met, null while pending
 */
public record PublicMilestone(String type, String title, LocalDate dueDate, BigDecimal amount, Instant metAt) {}
