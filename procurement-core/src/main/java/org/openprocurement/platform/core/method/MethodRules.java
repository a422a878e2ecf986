package org.openprocurement.platform.core.method;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of one procurement method on one day, typed, each traceable to its legal source. */
public final class MethodRules {

    private final ProcurementMethod method;
    private final LocalDate day;
    private final RuleTable table;

    MethodRules(ProcurementMethod method, LocalDate day, RuleTable table) {
        this.method = method;
        this.day = day;
        this.table = table;
    }

    public ProcurementMethod method() {
        return method;
    }

    /** Shortest time from publication to the bid deadline. */
    public TimeLimit minimumTenderingPeriod() {
        return TimeLimit.parse(required("minimum-tendering-period"));
    }

    /** Fewest qualified bids for an award; below it the tender fails. */
    public int minimumQualifiedBids() {
        return Integer.parseInt(required("minimum-qualified-bids"));
    }

    /** How long before the deadline an amendment must come, else the deadline moves out. */
    public TimeLimit clarificationNotice() {
        return TimeLimit.parse(value("clarification-notice", "0 days"));
    }

    /** How long the purchasing agency has to answer a supplier's enquiry. */
    public TimeLimit enquiryAnswerPeriod() {
        return TimeLimit.parse(required("enquiry-answer-period"));
    }

    /** How long after the award the contract may not be signed. */
    public TimeLimit standstill() {
        return TimeLimit.parse(value("standstill", "0 days"));
    }

    /** How long after the award notice the contract is to be signed. */
    public TimeLimit signaturePeriod() {
        return TimeLimit.parse(value("signature-period", "30 days"));
    }

    /** The most a contract's value may rise by amendment, in percent of its original value. */
    public int additionalPurchaseLimitPercent() {
        return Integer.parseInt(value("additional-purchase-limit-percent", "0"));
    }

    /** The largest advance payment a contract may agree, in percent of its value. */
    public int maximumAdvancePercent() {
        return Integer.parseInt(value("maximum-advance-percent", "0"));
    }

    /** The award criteria this method may use. */
    public Set<AwardCriteria> awardCriteria() {
        return Arrays.stream(required("award-criteria").split("\\|"))
                .map(String::trim)
                .map(AwardCriteria::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AwardCriteria.class)));
    }

    /** The least weight of price, in percent of the total score, when scoring bids for {@code category}. */
    public int minimumPriceWeight(ProcurementCategory category) {
        return Integer.parseInt(value("minimum-price-weight-" + category.name().toLowerCase(Locale.ROOT), "0"));
    }

    /** Whether only invited suppliers may bid. */
    public boolean invitationOnly() {
        return value("invitation-only", "no").equals("yes");
    }

    /** The fewest suppliers to invite, 0 when the method invites nobody. */
    public int minimumInvitedSuppliers() {
        return Integer.parseInt(value("minimum-invited-suppliers", "0"));
    }

    /** The exact number of suppliers to invite, 0 when any number is allowed. */
    public int exactInvitedSuppliers() {
        return Integer.parseInt(value("exact-invited-suppliers", "0"));
    }

    /** Whether the choice of method must be justified in writing. */
    public boolean justificationRequired() {
        return value("justification-required", "no").equals("yes");
    }

    /** The legal source of a rule, for refusals that cite the law. */
    public String sourceOf(String rule) {
        return table.find(method, rule, day).map(Rule::source).orElse("no rule " + rule);
    }

    private String required(String rule) {
        return table.find(method, rule, day)
                .map(Rule::value)
                .orElseThrow(() ->
                        new IllegalStateException("The rule table has no " + rule + " for " + method + " on " + day));
    }

    private String value(String rule, String otherwise) {
        return table.find(method, rule, day).map(Rule::value).orElse(otherwise);
    }
}
