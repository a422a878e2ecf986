package org.openprocurement.platform.core.appeal.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.appeal.ChallengeSubject;

/** A supplier challenged a tender in time; the purchasing agency must answer by {@code answerDueAt}. */
@Revision("1")
public record ChallengeFiled(
        UUID challengeId,
        UUID tenderId,
        String supplierId,
        String responsibleOrganisationId,
        ChallengeSubject subject,
        String grounds,
        Instant challengePeriodEndsAt,
        Instant answerDueAt,
        Instant filedAt)
        implements ChallengeEvent {}
