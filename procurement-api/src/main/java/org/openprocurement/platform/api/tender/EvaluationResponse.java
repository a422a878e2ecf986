package org.openprocurement.platform.api.tender;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The evaluation of an opened tender: each decision with its reason and scores, and the ranking recomputed
 * from them and the published criteria.
 */
public record EvaluationResponse(
        UUID tenderId,
        String awardCriteria,
        List<QualificationResponse> qualifications,
        List<RankingResponse> ranking,
        List<AwardResponse> awards) {

    /** One qualification decision. */
    public record QualificationResponse(
            UUID bidId, String supplierId, boolean qualified, String reason, JsonNode scores, Instant decidedAt) {}

    /** One qualified bid's place. */
    public record RankingResponse(int rank, UUID bidId, String supplierId, BigDecimal price, BigDecimal score) {}
}
