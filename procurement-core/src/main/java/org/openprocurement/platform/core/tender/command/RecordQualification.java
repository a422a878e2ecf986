package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openprocurement.platform.core.tender.event.Score;

/** The purchasing agency records whether an opened bid qualifies, why, and its scores. */
public record RecordQualification(
        @TargetAggregateIdentifier UUID tenderId,
        UUID bidId,
        boolean qualified,
        String reason,
        List<Score> scores,
        Instant decidedAt) {}
