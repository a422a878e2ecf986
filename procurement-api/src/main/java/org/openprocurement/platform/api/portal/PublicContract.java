package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A contract of a process as the public may see it, with the payments made under it.
 *
 * @param contractId the contract's identifier
 * @param supplierId the contracted supplier organisation
 * @param value the contract value in force (after amendments), null when withheld
 * @param status the contract's status as the enum name: SIGNED, COMPLETED or TERMINATED
 * @param signedAt when it was signed, null before signature
 * @param milestones its milestones, by due date
 * @param payments the payments made under it, oldest first
 */
public record PublicContract(
        String contractId,
        String supplierId,
        BigDecimal value,
        String currency,
        String status,
        Instant signedAt,
        List<PublicMilestone> milestones,
        List<PublicPayment> payments) {}
