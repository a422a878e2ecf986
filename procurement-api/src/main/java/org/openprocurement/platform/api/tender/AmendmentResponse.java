package org.openprocurement.platform.api.tender;

import java.time.Instant;

/** One published amendment of the tender documents. */
public record AmendmentResponse(
        int number,
        String description,
        String rationale,
        Instant tenderPeriodEnd,
        boolean deadlineExtended,
        Instant amendedAt) {}
