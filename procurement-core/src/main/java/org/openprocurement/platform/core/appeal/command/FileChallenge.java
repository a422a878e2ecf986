package org.openprocurement.platform.core.appeal.command;

import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.core.appeal.ChallengeSubject;

/** A supplier challenges the documents, the procedure or the result of a tender in writing (质疑). */
public record FileChallenge(
        UUID challengeId,
        String supplierId,
        ChallengeSubject subject,
        String grounds,
        ChallengeTerms terms,
        Instant filedAt) {}
