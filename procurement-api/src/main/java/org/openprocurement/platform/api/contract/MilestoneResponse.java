package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone of a contract.
 *
 * @param status PENDING until met, then MET
 * @param paid what was paid against it
 */
public record MilestoneResponse(
        UUID id,
        String type,
        String title,
        LocalDate dueDate,
        BigDecimal amount,
        BigDecimal paid,
        String status,
        Instant metAt,
        Boolean metLate,
        String notes) {}
