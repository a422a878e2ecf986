package org.openprocurement.platform.core.contract.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.contract.MilestoneType;

/** A delivery, acceptance or payment milestone was scheduled in the contract; only payments carry an amount. */
@Revision("1")
public record MilestoneAdded(
        UUID contractId,
        UUID milestoneId,
        MilestoneType type,
        String title,
        LocalDate dueDate,
        BigDecimal amount,
        Instant addedAt)
        implements ContractEvent {}
