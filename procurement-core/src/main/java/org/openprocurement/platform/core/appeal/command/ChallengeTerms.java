package org.openprocurement.platform.core.appeal.command;

import java.time.Instant;
import java.util.UUID;

/**
 * What the tender's record says about a supplier's standing to challenge it, read when the challenge is filed.
 *
 * @param procuringEntityId the purchasing agency that must answer
 * @param documentsIssuedAt when the tender documents were published or last amended
 * @param tenderPeriodEnd the end of the tendering period in force
 * @param awardedAt when the award in force was notified, or null when there is none
 * @param eligible whether the supplier can take part at all (invited, where only invited suppliers bid)
 * @param bidder whether the supplier's bid was opened in the tender
 */
public record ChallengeTerms(
        UUID tenderId,
        String procuringEntityId,
        Instant documentsIssuedAt,
        Instant tenderPeriodEnd,
        Instant awardedAt,
        boolean eligible,
        boolean bidder) {}
