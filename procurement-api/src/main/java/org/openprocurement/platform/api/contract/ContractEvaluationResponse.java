package org.openprocurement.platform.api.contract;

import java.time.Instant;

/** One party's rating of a completed procedure. */
public record ContractEvaluationResponse(
        String party, String organisationId, int score, String comment, Instant evaluatedAt) {}
