package org.openprocurement.platform.core.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.Score;

/**
 * The evaluation of the opened bids: qualification decisions and the ranking that follows from them and the
 * published criteria alone, so anyone can recompute it from the record.
 *
 * <p>Lowest price ranks qualified bids by price. Comprehensive scoring adds the recorded points to the price
 * score (lowest qualified price ÷ bid price × price weight, MOF Order No. 87 art. 55) and ranks by total.
 * Ties go to the lower price, then to the supplier identifier, so the ranking is always reproducible.
 */
public final class Evaluation {

    private final AwardCriteria awardCriteria;
    private final List<Criterion> criteria;
    private final Map<UUID, OpenedBid> counted = new LinkedHashMap<>();
    private final Map<UUID, List<Score>> qualified = new LinkedHashMap<>();
    private final Set<UUID> decided = new HashSet<>();

    public Evaluation(AwardCriteria awardCriteria, List<Criterion> criteria, List<OpenedBid> opened) {
        this.awardCriteria = awardCriteria;
        this.criteria = List.copyOf(criteria);
        opened.stream().filter(OpenedBid::counted).forEach(b -> counted.put(b.bidId(), b));
    }

    /** The counted bid, or a refusal when the bid was not opened or does not count. */
    public OpenedBid countedBid(UUID bidId) {
        OpenedBid bid = counted.get(bidId);
        if (bid == null) {
            throw new TenderRefusal.UnknownBidException("No counted bid " + bidId + " was opened in this tender.");
        }
        return bid;
    }

    /** Scores are given exactly for the published non-price criteria, within their weights, when qualifying. */
    public void requireValidScores(boolean qualifies, List<Score> scores) {
        List<Score> given = scores == null ? List.of() : scores;
        if (!qualifies || awardCriteria == AwardCriteria.LOWEST_PRICE) {
            if (!given.isEmpty()) {
                throw new TenderRefusal.InvalidScoresException(
                        "Scores are recorded only for qualified bids under scoring.");
            }
            return;
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        criteria.stream().filter(c -> !c.price()).forEach(c -> weights.put(c.name(), c.weight()));
        Set<String> seen = new HashSet<>();
        for (Score score : given) {
            Integer weight = weights.get(score.criterion());
            if (weight == null || !seen.add(score.criterion()) || score.points() < 0 || score.points() > weight) {
                throw new TenderRefusal.InvalidScoresException(
                        "Each published non-price criterion gets one score from 0 to its weight: " + weights + ".");
            }
        }
        if (!seen.equals(weights.keySet())) {
            throw new TenderRefusal.InvalidScoresException(
                    "Every published non-price criterion is scored: " + weights + ".");
        }
    }

    /** Records that the bid qualified with these scores (replacing any earlier decision). */
    public void qualify(UUID bidId, List<Score> scores) {
        decided.add(bidId);
        qualified.put(bidId, List.copyOf(scores));
    }

    /** Records that the bid did not qualify (replacing any earlier decision). */
    public void disqualify(UUID bidId) {
        decided.add(bidId);
        qualified.remove(bidId);
    }

    /** The same evaluation with the bid excluded, as when its award is cancelled. */
    public Evaluation without(UUID bidId) {
        Evaluation rest = new Evaluation(awardCriteria, criteria, List.of());
        rest.counted.putAll(counted);
        rest.decided.addAll(decided);
        qualified.forEach((id, scores) -> {
            if (!id.equals(bidId)) {
                rest.qualified.put(id, scores);
            }
        });
        return rest;
    }

    /** True once every counted bid has a qualification decision. */
    public boolean complete() {
        return decided.containsAll(counted.keySet());
    }

    /** How many bids are qualified. */
    public int qualifiedCount() {
        return qualified.size();
    }

    /** The qualified bids, best first. */
    public List<RankedBid> ranking() {
        BigDecimal lowest = qualified.keySet().stream()
                .map(id -> counted.get(id).price())
                .min(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        List<RankedBid> unranked = new ArrayList<>();
        for (Map.Entry<UUID, List<Score>> entry : qualified.entrySet()) {
            OpenedBid bid = counted.get(entry.getKey());
            unranked.add(
                    new RankedBid(0, bid.bidId(), bid.supplierId(), bid.price(), score(bid, entry.getValue(), lowest)));
        }
        Comparator<RankedBid> order = awardCriteria == AwardCriteria.LOWEST_PRICE
                ? Comparator.comparing(RankedBid::price)
                : Comparator.comparing(RankedBid::score).reversed().thenComparing(RankedBid::price);
        unranked.sort(order.thenComparing(RankedBid::supplierId));
        List<RankedBid> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedBid b = unranked.get(i);
            ranked.add(new RankedBid(i + 1, b.bidId(), b.supplierId(), b.price(), b.score()));
        }
        return ranked;
    }

    private BigDecimal score(OpenedBid bid, List<Score> scores, BigDecimal lowest) {
        if (awardCriteria == AwardCriteria.LOWEST_PRICE) {
            return bid.price();
        }
        int priceWeight = criteria.stream()
                .filter(Criterion::price)
                .mapToInt(Criterion::weight)
                .sum();
        BigDecimal priceScore =
                lowest.multiply(BigDecimal.valueOf(priceWeight)).divide(bid.price(), 4, RoundingMode.HALF_UP);
        return priceScore.add(
                BigDecimal.valueOf(scores.stream().mapToInt(Score::points).sum()));
    }
}
