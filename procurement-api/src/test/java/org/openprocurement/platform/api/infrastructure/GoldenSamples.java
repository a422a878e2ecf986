package org.openprocurement.platform.api.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openprocurement.platform.core.appeal.ChallengeSubject;
import org.openprocurement.platform.core.appeal.ComplaintOutcome;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswerOverdue;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswered;
import org.openprocurement.platform.core.appeal.event.ChallengeFiled;
import org.openprocurement.platform.core.appeal.event.ComplaintDecided;
import org.openprocurement.platform.core.appeal.event.ComplaintDecisionOverdue;
import org.openprocurement.platform.core.appeal.event.ComplaintFiled;
import org.openprocurement.platform.core.bid.event.BidConfirmed;
import org.openprocurement.platform.core.bid.event.BidReplaced;
import org.openprocurement.platform.core.bid.event.BidSubmitted;
import org.openprocurement.platform.core.bid.event.BidWithdrawn;
import org.openprocurement.platform.core.bid.event.LateBidRejected;
import org.openprocurement.platform.core.budget.event.BudgetLineAppropriated;
import org.openprocurement.platform.core.budget.event.BudgetLineLapsed;
import org.openprocurement.platform.core.budget.event.CommitmentIncreased;
import org.openprocurement.platform.core.budget.event.FundsCommitted;
import org.openprocurement.platform.core.budget.event.FundsReleased;
import org.openprocurement.platform.core.budget.event.FundsSpent;
import org.openprocurement.platform.core.comment.CommentKind;
import org.openprocurement.platform.core.comment.event.CommentReplyOverdue;
import org.openprocurement.platform.core.comment.event.PublicCommentReplied;
import org.openprocurement.platform.core.comment.event.PublicCommentSubmitted;
import org.openprocurement.platform.core.contract.EvaluatingParty;
import org.openprocurement.platform.core.contract.MilestoneType;
import org.openprocurement.platform.core.contract.event.ContractAmended;
import org.openprocurement.platform.core.contract.event.ContractCompleted;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.contract.event.ContractEvaluated;
import org.openprocurement.platform.core.contract.event.ContractSignatureOverdue;
import org.openprocurement.platform.core.contract.event.ContractSigned;
import org.openprocurement.platform.core.contract.event.ContractTerminated;
import org.openprocurement.platform.core.contract.event.MilestoneAdded;
import org.openprocurement.platform.core.contract.event.MilestoneMet;
import org.openprocurement.platform.core.contract.event.PaymentRecorded;
import org.openprocurement.platform.core.disclosure.Classification;
import org.openprocurement.platform.core.disclosure.event.DeferredDisclosureReached;
import org.openprocurement.platform.core.disclosure.event.DisclosureDeferred;
import org.openprocurement.platform.core.disclosure.event.ProcessClassified;
import org.openprocurement.platform.core.disclosurerequest.DisclosureDecision;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureAnswerOverdue;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureDeadlineExtended;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequestAnswered;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequested;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.EnquiryAnswerOverdue;
import org.openprocurement.platform.core.tender.event.EnquiryAnswered;
import org.openprocurement.platform.core.tender.event.EnquiryRaised;
import org.openprocurement.platform.core.tender.event.Item;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;
import org.openprocurement.platform.core.tender.event.Score;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderCancelled;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderFailed;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/**
 * One realistic sample of every event revision, matching {@code /golden/<SimpleName>-<revision>.json} field for
 * field: the invitational tender of a CT scanner paid from a medical-equipment budget line, and its bids.
 */
final class GoldenSamples {

    static final UUID LINE = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0a01");
    static final UUID COMMITMENT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0a02");
    static final UUID SPENDING = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0a03");
    static final UUID TENDER = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0b01");
    static final UUID ENQUIRY = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0b02");
    static final UUID AWARD = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0b03");
    static final UUID BID = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0c01");
    static final UUID OTHER_BID = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0c02");
    static final UUID LATE_BID = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0c03");

    static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");
    static final Instant AVAILABLE_UNTIL = Instant.parse("2026-12-31T16:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-04-06T02:00:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-04-07T06:00:00Z");
    static final Instant AWARDED_AT = Instant.parse("2026-04-07T07:00:00Z");
    static final UUID CONTRACT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d01");
    static final UUID MILESTONE = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d02");
    static final UUID PAYMENT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d03");
    static final UUID CONTRACT_AMENDMENT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d04");
    static final Instant SIGNED_AT = Instant.parse("2026-04-20T03:00:00Z");
    static final Instant SIGNATURE_DUE_AT = Instant.parse("2026-05-07T07:00:00Z");

    static final String DIGEST = "c37880fcfc6739ff2ed74ab9e1448f0b2a23140b55c8c4f6495208c5b1e858e4";
    static final String OTHER_DIGEST = "6b168d820b03038f32aa88e21808785cd2e6a8fe1ce9a3bccff41e77543bf2fd";
    static final String REPLACED_DIGEST = "fcb5a596b566dcd6e4e4bf58d7bccbf6fb150cff7ccb0a519fffd83088ef84aa";

    static final UUID CHALLENGE = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d01");
    static final UUID COMPLAINT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d02");
    static final UUID COMMENT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d03");
    static final Instant CHALLENGED_AT = Instant.parse("2026-04-08T02:00:00Z");
    static final Instant ANSWER_DUE = Instant.parse("2026-04-16T16:00:00Z");
    static final Instant COMPLAINED_AT = Instant.parse("2026-04-20T03:00:00Z");
    static final Instant DECISION_DUE = Instant.parse("2026-06-01T16:00:00Z");

    private GoldenSamples() {}

    static Stream<Object> all() {
        return Stream.of(
                        budgetLineEvents(),
                        tenderEvents(),
                        bidEvents(),
                        disclosureRequestEvents(),
                        disclosureEvents(),
                        appealTenderEvents(),
                        challengeEvents(),
                        complaintEvents(),
                        publicCommentEvents(),
                        contractEvents())
                .flatMap(s -> s);
    }

    static Stream<Object> budgetLineEvents() {
        return Stream.of(
                new BudgetLineAppropriated(
                        LINE,
                        "city-health",
                        2026,
                        "2100101",
                        "Medical equipment",
                        money("1000000.00"),
                        "CNY",
                        AVAILABLE_UNTIL,
                        AT),
                new FundsCommitted(LINE, COMMITMENT, "CT scanner", money("600000"), AT),
                new CommitmentIncreased(
                        LINE,
                        COMMITMENT,
                        money("15000.00"),
                        "Award above the estimate",
                        Instant.parse("2026-04-08T02:00:00Z")),
                new FundsReleased(LINE, COMMITMENT, money("100000.5"), "Below estimate", AT),
                new FundsSpent(LINE, COMMITMENT, SPENDING, money("250000"), "PAY-2026-0001", AT),
                new BudgetLineLapsed(LINE, money("400000"), AVAILABLE_UNTIL));
    }

    static Stream<Object> tenderEvents() {
        return Stream.of(
                new TenderDrafted(
                        TENDER,
                        "city-health",
                        LINE,
                        "CT scanner for the district hospital",
                        "One 16-slice CT scanner, delivered and installed, with three years of maintenance",
                        ProcurementCategory.GOODS,
                        ProcurementMethod.INVITATIONAL_TENDERING,
                        AwardCriteria.COMPREHENSIVE_SCORING,
                        List.of(
                                new Criterion("price", 60, true),
                                new Criterion("technical", 30, false),
                                new Criterion("after-sales service", 10, false)),
                        List.of(
                                new Item("CT scanner, 16-slice", "A02320103", money("1"), "set", money("540000.00")),
                                new Item("Maintenance", "C16050000", money("3"), "year", money("60000.00"))),
                        money("600000.00"),
                        "CNY",
                        Instant.parse("2026-04-01T02:00:00Z"),
                        List.of("SUP-0001", "SUP-0002", "SUP-0003"),
                        null,
                        AT),
                new TenderPublished(
                        TENDER,
                        "city-procurement-centre",
                        LINE,
                        COMMITMENT,
                        money("600000.00"),
                        Instant.parse("2026-04-01T02:00:00Z"),
                        Instant.parse("2026-03-02T03:00:00Z")),
                new TenderAmended(
                        TENDER,
                        1,
                        "The scanner must support low-dose protocols",
                        "Answer to an enquiry",
                        DEADLINE,
                        true,
                        Instant.parse("2026-03-22T01:00:00Z")),
                new TenderCancelled(
                        TENDER,
                        LINE,
                        COMMITMENT,
                        "The hospital received a donated scanner",
                        Instant.parse("2026-03-25T06:00:00Z")),
                new EnquiryRaised(
                        TENDER,
                        ENQUIRY,
                        "SUP-0002",
                        "Is a 32-slice scanner acceptable?",
                        Instant.parse("2026-03-10T02:15:00Z")),
                new EnquiryAnswered(TENDER, ENQUIRY, "Yes; see amendment 1.", Instant.parse("2026-03-12T08:00:00Z")),
                new EnquiryAnswerOverdue(
                        TENDER,
                        ENQUIRY,
                        "city-procurement-centre",
                        Instant.parse("2026-03-13T16:00:00Z"),
                        Instant.parse("2026-03-13T16:00:01.500Z")),
                new BidsOpened(
                        TENDER,
                        List.of(
                                new OpenedBid(BID, "SUP-0001", money("575000.00"), REPLACED_DIGEST, true),
                                new OpenedBid(OTHER_BID, "SUP-0002", money("559999.50"), OTHER_DIGEST, false)),
                        Instant.parse("2026-04-06T02:00:03Z")),
                new BidQualified(
                        TENDER,
                        BID,
                        "SUP-0001",
                        List.of(new Score("technical", 27), new Score("after-sales service", 8)),
                        "Meets every technical requirement",
                        DECIDED_AT),
                new BidDisqualified(TENDER, OTHER_BID, "SUP-0002", "No bid security was lodged", DECIDED_AT),
                new TenderAwarded(
                        TENDER,
                        AWARD,
                        BID,
                        "SUP-0001",
                        money("575000.00"),
                        Instant.parse("2026-04-16T07:00:00Z"),
                        AWARDED_AT),
                new TenderFailed(
                        TENDER,
                        "1 bids qualified; INVITATIONAL_TENDERING needs 3 (Government Procurement Law art. 36(1)).",
                        AWARDED_AT));
    }

    static Stream<Object> contractEvents() {
        return Stream.of(
                new ContractCreated(
                        CONTRACT,
                        TENDER,
                        AWARD,
                        "city-health",
                        "central-purchasing",
                        "SUP-0001",
                        ProcurementMethod.INVITATIONAL_TENDERING,
                        money("575000.00"),
                        "CNY",
                        LINE,
                        COMMITMENT,
                        Instant.parse("2026-04-16T07:00:00Z"),
                        SIGNATURE_DUE_AT,
                        AWARDED_AT),
                new ContractSigned(CONTRACT, TENDER, 30, false, SIGNATURE_DUE_AT, SIGNED_AT),
                new ContractSignatureOverdue(CONTRACT, TENDER, "city-health", SIGNATURE_DUE_AT),
                new MilestoneAdded(
                        CONTRACT,
                        MILESTONE,
                        MilestoneType.PAYMENT,
                        "Payment on acceptance of the installed scanner",
                        LocalDate.parse("2026-06-30"),
                        money("402500.00"),
                        SIGNED_AT),
                new MilestoneMet(CONTRACT, MILESTONE, "Acceptance report AR-2026-031", false, DELIVERED_AT),
                new PaymentRecorded(
                        CONTRACT,
                        PAYMENT,
                        LINE,
                        COMMITMENT,
                        MILESTONE,
                        false,
                        money("402500.00"),
                        "PAY-2026-0107",
                        PAID_AT),
                new ContractAmended(
                        CONTRACT,
                        CONTRACT_AMENDMENT,
                        1,
                        "A second injector for contrast media",
                        "Radiology asked for a backup injector",
                        money("575000.00"),
                        money("600000.00"),
                        PAID_AT),
                new ContractCompleted(
                        CONTRACT, LINE, COMMITMENT, money("580000.00"), money("20000.00"), "Final acceptance", PAID_AT),
                new ContractTerminated(
                        CONTRACT,
                        LINE,
                        COMMITMENT,
                        false,
                        money("0"),
                        money("575000.00"),
                        "Award cancelled after an upheld complaint",
                        SIGNED_AT),
                new ContractEvaluated(
                        CONTRACT, EvaluatingParty.SUPPLIER, "SUP-0001", 4, "Clear documents, quick payment", PAID_AT));
    }

    static final Instant DELIVERED_AT = Instant.parse("2026-06-25T06:00:00Z");
    static final Instant PAID_AT = Instant.parse("2026-07-03T02:00:00Z");

    static Stream<Object> bidEvents() {
        return Stream.of(
                new BidSubmitted(
                        BID,
                        TENDER,
                        "SUP-0001",
                        "6VyTnIWf5OvWFhW2PvVKcCW58S64s91sNo6VFPqsBkhNi0UHzAwtZ7gDCvoyCKZEcaVP9PZMw7CMYjPb",
                        DIGEST,
                        0,
                        Instant.parse("2026-03-20T03:12:45Z")),
                new BidReplaced(
                        BID,
                        TENDER,
                        "SUP-0001",
                        "zP2PX5lffqgjYfRjr9fdRcyGckpiVQiTzhi0Qlh7rOrAkJyROGnLgOq1bOKgGV2zACdz8Q==",
                        REPLACED_DIGEST,
                        1,
                        Instant.parse("2026-03-30T09:40:00Z")),
                new BidWithdrawn(OTHER_BID, TENDER, "SUP-0002", Instant.parse("2026-03-28T02:00:00Z")),
                new BidConfirmed(BID, TENDER, "SUP-0001", 1, Instant.parse("2026-03-23T01:00:00Z")),
                new LateBidRejected(LATE_BID, TENDER, "SUP-0003", DEADLINE, Instant.parse("2026-04-06T02:00:00.250Z")));
    }

    static final UUID DISCLOSURE_REQUEST = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0d01");

    /** A request for the evaluation report of the CT scanner tender, extended once and answered in part; and the overdue
     * record it would have got without that answer. */
    static Stream<Object> disclosureRequestEvents() {
        return Stream.of(
                new DisclosureRequested(
                        DISCLOSURE_REQUEST,
                        TENDER,
                        "city-health",
                        "The evaluation report of the CT scanner tender",
                        Instant.parse("2026-04-29T16:00:00Z"),
                        Instant.parse("2026-04-08T02:00:00Z")),
                new DisclosureDeadlineExtended(
                        DISCLOSURE_REQUEST,
                        TENDER,
                        "Suppliers must first be consulted on their trade secrets",
                        Instant.parse("2026-05-21T16:00:00Z"),
                        Instant.parse("2026-04-27T08:00:00Z")),
                new DisclosureRequestAnswered(
                        DISCLOSURE_REQUEST,
                        TENDER,
                        "city-health",
                        DisclosureDecision.PARTLY_GRANTED,
                        "The report is published with the award notice.",
                        "The suppliers' cost breakdowns are trade secrets.",
                        Instant.parse("2026-05-20T03:00:00Z")),
                new DisclosureAnswerOverdue(
                        DISCLOSURE_REQUEST, TENDER, "city-health", Instant.parse("2026-05-21T16:00:00Z")));
    }

    static Stream<Object> disclosureEvents() {
        return Stream.of(
                new ProcessClassified(
                        TENDER,
                        Classification.RESTRICTED,
                        "Prices of the scanners are commercially confidential until the contract is signed",
                        AT),
                new DisclosureDeferred(
                        TENDER,
                        "awards.value",
                        "Publishing the award value would prejudice the supplier's legitimate commercial interests",
                        Instant.parse("2026-10-01T00:00:00Z"),
                        AT),
                new DeferredDisclosureReached(TENDER, "awards.value", Instant.parse("2026-10-01T00:00:01.500Z")));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static Stream<Object> appealTenderEvents() {
        return Stream.of(
                new ProcurementSuspended(
                        TENDER,
                        COMPLAINT,
                        "Complaint about the qualification of the winner",
                        Instant.parse("2026-05-20T03:00:00Z"),
                        COMPLAINED_AT),
                new ProcurementResumed(TENDER, COMPLAINT, "The complaint was decided", DECIDED_AT),
                new AwardCancelled(
                        TENDER,
                        AWARD,
                        BID,
                        "anhe-medical",
                        COMPLAINT,
                        "The winner's registration certificate had expired",
                        money("2890000.00"),
                        DECIDED_AT));
    }

    static Stream<Object> challengeEvents() {
        return Stream.of(
                new ChallengeFiled(
                        CHALLENGE,
                        TENDER,
                        "boda-technology",
                        "central-purchasing",
                        ChallengeSubject.RESULT,
                        "The winner's registration certificate had expired at the bid deadline",
                        Instant.parse("2026-04-16T16:00:00Z"),
                        ANSWER_DUE,
                        CHALLENGED_AT),
                new ChallengeAnswered(
                        CHALLENGE, TENDER, false, "The certificate was renewed before the deadline.", true, ANSWER_DUE),
                new ChallengeAnswerOverdue(CHALLENGE, TENDER, "central-purchasing", ANSWER_DUE, ANSWER_DUE));
    }

    static Stream<Object> complaintEvents() {
        return Stream.of(
                new ComplaintFiled(
                        COMPLAINT,
                        CHALLENGE,
                        TENDER,
                        "boda-technology",
                        "finance-bureau",
                        "The answer ignored the certificate's expiry date",
                        Instant.parse("2026-05-08T16:00:00Z"),
                        DECISION_DUE,
                        COMPLAINED_AT),
                new ComplaintDecided(
                        COMPLAINT,
                        TENDER,
                        ComplaintOutcome.AWARD_CANCELLED,
                        "The certificate had expired; the award is void.",
                        false,
                        DECIDED_AT),
                new ComplaintDecisionOverdue(COMPLAINT, TENDER, "finance-bureau", DECISION_DUE, DECISION_DUE));
    }

    static Stream<Object> publicCommentEvents() {
        return Stream.of(
                new PublicCommentSubmitted(
                        COMMENT,
                        TENDER,
                        "central-purchasing",
                        CommentKind.QUESTION,
                        "Is training of radiographers included?",
                        Instant.parse("2026-03-04T16:00:00Z"),
                        AT),
                new PublicCommentReplied(COMMENT, TENDER, "Yes, two days on site.", false, AVAILABLE_UNTIL),
                new CommentReplyOverdue(
                        COMMENT,
                        TENDER,
                        "central-purchasing",
                        Instant.parse("2026-03-04T16:00:00Z"),
                        Instant.parse("2026-03-04T16:00:02Z")));
    }
}
