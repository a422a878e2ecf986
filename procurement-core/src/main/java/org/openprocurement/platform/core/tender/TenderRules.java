package org.openprocurement.platform.core.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.TimeLimit;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.shared.Money;
import org.openprocurement.platform.core.tender.command.DraftTender;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.Item;

/** The rules of stating and publishing a tender, free of Axon; each refusal cites its source. */
public final class TenderRules {

    private TenderRules() {}

    /** The method's rules in force on the calendar day of {@code at}. */
    static MethodRules rulesOn(RuleTable table, ProcurementMethod method, Instant at, WorkingCalendar calendar) {
        return table.forMethod(method, date(at, calendar));
    }

    /** The sum of the items' estimates. */
    public static BigDecimal estimatedValue(List<Item> items) {
        return items.stream().map(Item::estimatedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A draft is complete, within budget, and fits the method's criteria and invitation rules. */
    public static void requireDraftable(DraftTender draft, MethodRules rules) {
        if (!Money.isCurrency(draft.currency())) {
            throw new TenderRefusal.InvalidTenderException(
                    "The currency " + draft.currency() + " is not an ISO 4217 currency.");
        }
        requireItems(draft.items(), draft.currency());
        if (!draft.tenderPeriodEnd().isAfter(draft.draftedAt())) {
            throw new TenderRefusal.InvalidTenderException("The deadline must be in the future.");
        }
        BigDecimal estimate = estimatedValue(draft.items());
        if (estimate.compareTo(draft.availableOnBudgetLine()) > 0) {
            throw new TenderRefusal.EstimateExceedsBudgetException("The estimate " + estimate.toPlainString()
                    + " exceeds the " + draft.availableOnBudgetLine().toPlainString()
                    + " available on the budget line.");
        }
        requireCriteria(draft, rules);
        requireInvitations(draft.invitedSupplierIds(), rules);
        if (rules.justificationRequired()
                && (draft.justification() == null || draft.justification().isBlank())) {
            throw new TenderRefusal.JustificationMissingException(draft.method() + " needs a written justification ("
                    + rules.sourceOf("justification-required") + ").");
        }
    }

    /** From publication to the deadline at least the method's minimum tendering period passes. */
    public static void requireTenderingPeriod(
            Instant publishedAt, Instant deadline, MethodRules rules, WorkingCalendar calendar) {
        TimeLimit minimum = rules.minimumTenderingPeriod();
        LocalDate earliest = minimum.endFrom(date(publishedAt, calendar), calendar);
        if (date(deadline, calendar).isBefore(earliest) || !deadline.isAfter(publishedAt)) {
            throw new TenderRefusal.TenderingPeriodTooShortException("The deadline must leave at least " + minimum
                    + " after publication, so not before " + earliest + " ("
                    + rules.sourceOf("minimum-tendering-period") + ").");
        }
    }

    /**
     * The deadline after an amendment: the requested (or current) one, moved out to the same time of day on
     * the first day that leaves the method's clarification notice (MOF Order 87 art. 27).
     */
    public static Instant deadlineAfterAmendment(
            Instant amendedAt, Instant current, Instant requested, MethodRules rules, WorkingCalendar calendar) {
        if (requested.isBefore(current)) {
            throw new TenderRefusal.InvalidTenderException(
                    "An amendment never brings the deadline forward: suppliers plan on the published one.");
        }
        LocalDate earliest = rules.clarificationNotice().endFrom(date(amendedAt, calendar), calendar);
        ZonedDateTime deadline = requested.atZone(calendar.zone());
        if (deadline.toLocalDate().isBefore(earliest)) {
            return deadline.with(earliest).toInstant();
        }
        return requested;
    }

    private static void requireItems(List<Item> items, String currency) {
        if (items == null || items.isEmpty()) {
            throw new TenderRefusal.InvalidTenderException("A tender buys at least one item.");
        }
        for (Item item : items) {
            if (item.quantity().signum() <= 0 || item.estimatedValue().signum() <= 0) {
                throw new TenderRefusal.InvalidTenderException("Every item has a positive quantity and estimate.");
            }
            if (!Money.fitsMinorUnit(item.estimatedValue(), currency)) {
                throw new TenderRefusal.InvalidTenderException(
                        "An estimate has more decimals than " + currency + " allows.");
            }
        }
    }

    private static void requireCriteria(DraftTender draft, MethodRules rules) {
        if (!rules.awardCriteria().contains(draft.awardCriteria())) {
            throw new TenderRefusal.AwardCriteriaNotAllowedException(draft.method() + " awards by "
                    + rules.awardCriteria() + " (" + rules.sourceOf("award-criteria") + ").");
        }
        List<Criterion> criteria = draft.criteria() == null ? List.of() : draft.criteria();
        if (draft.awardCriteria() == AwardCriteria.LOWEST_PRICE) {
            if (!criteria.isEmpty()) {
                throw new TenderRefusal.ScoringWeightsException("Lowest price awards publish no scoring criteria.");
            }
            return;
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        List<Criterion> price = criteria.stream().filter(Criterion::price).toList();
        int minimum = rules.minimumPriceWeight(draft.category());
        long names = criteria.stream().map(Criterion::name).distinct().count();
        if (total != 100
                || price.size() != 1
                || names != criteria.size()
                || criteria.stream().anyMatch(c -> c.weight() <= 0)) {
            throw new TenderRefusal.ScoringWeightsException(
                    "Scoring publishes differently named criteria with positive weights adding up to 100, exactly one"
                            + " of them for price.");
        }
        if (price.get(0).weight() < minimum) {
            throw new TenderRefusal.ScoringWeightsException("Price weighs at least " + minimum + " of 100 for "
                    + draft.category() + " ("
                    + rules.sourceOf(
                            "minimum-price-weight-" + draft.category().name().toLowerCase(Locale.ROOT)) + ").");
        }
    }

    private static void requireInvitations(List<String> invited, MethodRules rules) {
        List<String> suppliers = invited == null ? List.of() : invited;
        if (new HashSet<>(suppliers).size() != suppliers.size()) {
            throw new TenderRefusal.InvitationRuleException("A supplier is invited once.");
        }
        if (!rules.invitationOnly() && !suppliers.isEmpty()) {
            throw new TenderRefusal.InvitationRuleException(
                    rules.method() + " is open to every supplier; invite nobody.");
        }
        int exact = rules.exactInvitedSuppliers();
        if (exact > 0 && suppliers.size() != exact) {
            throw new TenderRefusal.InvitationRuleException(rules.method() + " invites exactly " + exact + " supplier ("
                    + rules.sourceOf("exact-invited-suppliers") + ").");
        }
        if (suppliers.size() < rules.minimumInvitedSuppliers()) {
            throw new TenderRefusal.InvitationRuleException(rules.method() + " invites at least "
                    + rules.minimumInvitedSuppliers() + " suppliers (" + rules.sourceOf("minimum-invited-suppliers")
                    + ").");
        }
    }

    private static LocalDate date(Instant instant, WorkingCalendar calendar) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    /**
     * Why the tender must fail instead of being awarded, or null: too few qualified bids for the method
     * (PRC Government Procurement Law art. 36(1)), or every qualified bid above the budget (art. 36(3)).
     */
    public static String failureReason(Evaluation evaluation, MethodRules rules, BigDecimal budget) {
        if (!evaluation.complete()) {
            throw new TenderRefusal.EvaluationIncompleteException(
                    "Every counted bid needs a qualification decision first.");
        }
        int minimum = rules.minimumQualifiedBids();
        if (evaluation.qualifiedCount() < minimum) {
            return evaluation.qualifiedCount() + " bids qualified; " + rules.method() + " needs " + minimum + " ("
                    + rules.sourceOf("minimum-qualified-bids") + ").";
        }
        if (evaluation.ranking().stream().allMatch(b -> b.price().compareTo(budget) > 0)) {
            return "Every qualified bid exceeds the budget of " + budget.toPlainString() + ".";
        }
        return null;
    }

    /** Why the tender failed at its opening, in words a bidder and the public can read. */
    static String tooFewBids(ProcurementMethod method, int received, long counted, int minimum) {
        String name = method.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String bids = received == 0
                ? "No bid was received"
                : received == 1 ? "1 bid was received" : received + " bids were received";
        String uncounted = received == 0 || counted == received
                ? ""
                : " and " + counted + " counted (a bid submitted before the last amendment counts only once its "
                        + "bidder confirms it)";
        return bids + uncounted + "; " + name + " needs at least " + minimum + ".";
    }

    /** The named bid ranks first and fits the budget. */
    public static RankedBid requireAwardable(Evaluation evaluation, UUID bidId, BigDecimal budget) {
        RankedBid first = evaluation.ranking().get(0);
        if (!first.bidId().equals(bidId)) {
            throw new TenderRefusal.NotTopRankedException(
                    "Bid " + first.bidId() + " ranks first; only it can be awarded.");
        }
        if (first.price().compareTo(budget) > 0) {
            throw new TenderRefusal.AwardExceedsBudgetException(
                    "The award of " + first.price().toPlainString()
                            + " exceeds the " + budget.toPlainString() + " the budget line allows; disqualify the bid"
                            + " as over budget or fail the tender.");
        }
        return first;
    }

    /** The end of the standstill: the method's standstill counted from the award, same time of day. */
    public static Instant standstillEnd(Instant awardedAt, MethodRules rules, WorkingCalendar calendar) {
        ZonedDateTime at = awardedAt.atZone(calendar.zone());
        return at.with(rules.standstill().endFrom(at.toLocalDate(), calendar)).toInstant();
    }

    /**
     * When the answer to an enquiry raised at {@code raisedAt} is due: the end of the last day of the answer
     * period, counted from the day after the enquiry (Implementing Regulations art. 52).
     */
    public static Instant enquiryAnswerDue(Instant raisedAt, MethodRules rules, WorkingCalendar calendar) {
        LocalDate lastDay = rules.enquiryAnswerPeriod().endFrom(date(raisedAt, calendar), calendar);
        return lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    /** GPL art. 57: the finance department may suspend a procurement for at most 30 days. */
    public static final int MAX_SUSPENSION_DAYS = 30;

    /** The end of a suspension of {@code days} calendar days from {@code at}, within the legal maximum. */
    public static Instant suspensionEnd(Instant at, int days) {
        if (days < 1 || days > MAX_SUSPENSION_DAYS) {
            throw new TenderRefusal.SuspensionPeriodException(
                    "A suspension lasts 1 to " + MAX_SUSPENSION_DAYS + " days (Government Procurement Law art. 57).");
        }
        return at.plus(java.time.Duration.ofDays(days));
    }
}
