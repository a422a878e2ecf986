package org.openprocurement.platform.api.tender;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocurement.platform.api.infrastructure.AxonJson;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.tender.Evaluation;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the evaluation of a tender and recomputes its ranking from the recorded decisions. */
@Component
class EvaluationQueries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = AxonJson.objectMapper();

    EvaluationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    EvaluationResponse evaluation(TenderResponse tender) {
        List<EvaluationResponse.QualificationResponse> decisions = jdbc.query(
                "SELECT bid_id, supplier_id, qualified, reason, scores, decided_at FROM qualification_view"
                        + " WHERE tender_id = ? ORDER BY supplier_id",
                (rs, row) -> new EvaluationResponse.QualificationResponse(
                        rs.getObject("bid_id", UUID.class),
                        rs.getString("supplier_id"),
                        rs.getBoolean("qualified"),
                        rs.getString("reason"),
                        read(rs.getString("scores"), new TypeReference<JsonNode>() {}),
                        rs.getTimestamp("decided_at").toInstant()),
                tender.id());
        Evaluation evaluation = new Evaluation(
                AwardCriteria.valueOf(tender.awardCriteria()),
                read(tender.criteria().toString(), new TypeReference<List<Criterion>>() {}),
                openedBids(tender.id()));
        for (EvaluationResponse.QualificationResponse d : decisions) {
            if (d.qualified()) {
                evaluation.qualify(d.bidId(), read(d.scores().toString(), new TypeReference<List<Score>>() {}));
            } else {
                evaluation.disqualify(d.bidId());
            }
        }
        List<EvaluationResponse.RankingResponse> ranking = evaluation.ranking().stream()
                .map(r -> new EvaluationResponse.RankingResponse(
                        r.rank(), r.bidId(), r.supplierId(), plain(r.price()), plain(r.score())))
                .toList();
        return new EvaluationResponse(tender.id(), tender.awardCriteria(), decisions, ranking, awards(tender.id()));
    }

    Optional<AwardResponse> award(UUID awardId) {
        return jdbc.query(AWARDS + " WHERE award_id = ?", (rs, row) -> award(rs), awardId).stream()
                .findFirst();
    }

    /** The bids as opened. */
    List<OpenedBid> openedBids(UUID tenderId) {
        return jdbc.query(
                "SELECT bid_id, supplier_id, price, content_digest, counted FROM opened_bid_view WHERE tender_id = ?"
                        + " ORDER BY bid_id",
                (rs, row) -> new OpenedBid(
                        rs.getObject("bid_id", UUID.class),
                        rs.getString("supplier_id"),
                        rs.getBigDecimal("price"),
                        rs.getString("content_digest"),
                        rs.getBoolean("counted")),
                tenderId);
    }

    private static final String AWARDS =
            "SELECT award_id, tender_id, bid_id, supplier_id, value, standstill_ends_at, awarded_at FROM award_view";

    private List<AwardResponse> awards(UUID tenderId) {
        // An award cancelled on a complaint no longer counts; the event log keeps it.
        return jdbc.query(
                AWARDS + " WHERE tender_id = ? AND cancelled_at IS NULL ORDER BY awarded_at",
                (rs, row) -> award(rs),
                tenderId);
    }

    private static AwardResponse award(ResultSet rs) throws SQLException {
        return new AwardResponse(
                rs.getObject("award_id", UUID.class),
                rs.getObject("tender_id", UUID.class),
                rs.getObject("bid_id", UUID.class),
                rs.getString("supplier_id"),
                plain(rs.getBigDecimal("value")),
                rs.getTimestamp("standstill_ends_at").toInstant(),
                rs.getTimestamp("awarded_at").toInstant());
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
