package org.openprocurement.platform.core.tender;

import static org.axonframework.test.matchers.Matchers.predicate;
import static org.openprocurement.platform.core.tender.TenderFixtures.DEADLINE;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.money;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.openprocurement.platform.core.tender.command.AwardTender;
import org.openprocurement.platform.core.tender.command.RecordQualification;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.Score;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderFailed;

/**
 * The opened bids of the tender of {@link TenderFixtures} and the decisions on them, with fixed ids, prices and
 * instants. At the lowest price the bids rank Beta (88,500), Alpha (92,000), Gamma (95,000); Delta is cheapest
 * but was never confirmed after an amendment, so it takes no part.
 */
final class EvaluationFixtures {

    /** What the clock reads when the box is opened: a few seconds after the deadline. */
    static final Instant OPENED_AT = DEADLINE.plusSeconds(3);
    /** Wednesday 1 April 2026, 15:00 in Shanghai. */
    static final Instant DECIDED_AT = shanghai("2026-04-01T15:00");
    /** Thursday 2 April 2026, 15:30 in Shanghai. */
    static final Instant AWARDED_AT = shanghai("2026-04-02T15:30");

    static final UUID AWARD_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000501");
    static final UUID UNKNOWN_BID_ID = UUID.fromString("3c9a6f10-2b7d-4e55-8f20-000000000099");

    static final OpenedBid ALPHA = counted("3c9a6f10-2b7d-4e55-8f20-000000000001", "SUP-0001", "92000.00");
    static final OpenedBid BETA = counted("3c9a6f10-2b7d-4e55-8f20-000000000002", "SUP-0002", "88500.00");
    static final OpenedBid GAMMA = counted("3c9a6f10-2b7d-4e55-8f20-000000000003", "SUP-0003", "95000.00");
    static final OpenedBid DELTA = new OpenedBid(
            UUID.fromString("3c9a6f10-2b7d-4e55-8f20-000000000004"),
            "SUP-0004",
            money("80000.00"),
            digest("SUP-0004"),
            false);

    static final String QUALIFIED_REASON = "Meets every requirement of the tender documents";
    static final String DISQUALIFIED_REASON = "No bid security was lodged";

    private EvaluationFixtures() {}

    static OpenedBid counted(String bidId, String supplierId, String price) {
        return new OpenedBid(UUID.fromString(bidId), supplierId, money(price), digest(supplierId), true);
    }

    static BidsOpened opened(OpenedBid... bids) {
        return new BidsOpened(TENDER_ID, List.of(bids), OPENED_AT);
    }

    static Score quality(int points) {
        return new Score("quality", points);
    }

    static RecordQualification qualify(OpenedBid bid, Score... scores) {
        return new RecordQualification(TENDER_ID, bid.bidId(), true, QUALIFIED_REASON, List.of(scores), DECIDED_AT);
    }

    static RecordQualification disqualify(OpenedBid bid, Score... scores) {
        return new RecordQualification(TENDER_ID, bid.bidId(), false, DISQUALIFIED_REASON, List.of(scores), DECIDED_AT);
    }

    static BidQualified qualified(OpenedBid bid, Score... scores) {
        return new BidQualified(
                TENDER_ID, bid.bidId(), bid.supplierId(), List.of(scores), QUALIFIED_REASON, DECIDED_AT);
    }

    static BidDisqualified disqualified(OpenedBid bid) {
        return new BidDisqualified(TENDER_ID, bid.bidId(), bid.supplierId(), DISQUALIFIED_REASON, DECIDED_AT);
    }

    static AwardTender award(OpenedBid bid, String budgetForAward) {
        return award(bid, budgetForAward, AWARDED_AT);
    }

    static AwardTender award(OpenedBid bid, String budgetForAward, Instant at) {
        return new AwardTender(TENDER_ID, AWARD_ID, bid.bidId(), money(budgetForAward), null, at);
    }

    static TenderAwarded awarded(OpenedBid bid, Instant standstillEndsAt, Instant at) {
        return new TenderAwarded(TENDER_ID, AWARD_ID, bid.bidId(), bid.supplierId(), bid.price(), standstillEndsAt, at);
    }

    /** A failure of this tender at {@code at}; the reason is prose, so only its presence is pinned. */
    static Matcher<Object> failure(Instant at) {
        return predicate(event -> event instanceof TenderFailed failed
                && failed.tenderId().equals(TENDER_ID)
                && failed.failedAt().equals(at)
                && !failed.reason().isBlank());
    }

    /** A failure of this tender at {@code at} for exactly {@code reason}. */
    static Matcher<Object> failure(Instant at, String reason) {
        return predicate(event -> event instanceof TenderFailed failed
                && failed.tenderId().equals(TENDER_ID)
                && failed.failedAt().equals(at)
                && failed.reason().equals(reason));
    }

    /** The receipt digest: SHA-256 of what the supplier sealed, here of its identifier. */
    static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
