package org.openprocurement.platform.core.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.openprocurement.platform.core.budget.command.AppropriateBudgetLine;
import org.openprocurement.platform.core.budget.command.CommitFunds;
import org.openprocurement.platform.core.budget.command.IncreaseCommitment;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.budget.command.SpendFunds;
import org.openprocurement.platform.core.budget.event.BudgetLineAppropriated;
import org.openprocurement.platform.core.budget.event.BudgetLineLapsed;
import org.openprocurement.platform.core.budget.event.CommitmentIncreased;
import org.openprocurement.platform.core.budget.event.FundsCommitted;
import org.openprocurement.platform.core.budget.event.FundsReleased;
import org.openprocurement.platform.core.budget.event.FundsSpent;

/** Commands and events of one budget line with fixed ids, instants and amounts, so tests state only what differs. */
final class BudgetLineFixtures {

    /** The fixture's clock starts here; the appropriation is made at this instant. */
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    static final Instant AVAILABLE_UNTIL = Instant.parse("2026-12-31T23:00:00Z");
    static final Instant COMMITTED_AT = Instant.parse("2026-03-10T09:30:00Z");
    static final Instant RELEASED_AT = Instant.parse("2026-04-15T14:00:00Z");
    static final Instant SPENT_AT = Instant.parse("2026-05-20T11:15:00Z");
    static final Instant INCREASED_AT = Instant.parse("2026-06-02T10:00:00Z");

    static final UUID BUDGET_LINE_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000001");
    static final UUID COMMITMENT_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000101");
    static final UUID OTHER_COMMITMENT_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000102");
    static final UUID SPENDING_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000201");
    static final UUID OTHER_SPENDING_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000202");

    static final String ORGANISATION_ID = "ORG-EDU-0042";
    static final int FISCAL_YEAR = 2026;
    static final String CLASSIFICATION_CODE = "09.1.1";
    static final String PURPOSE = "Textbooks for primary schools";
    static final String COMMITMENT_PURPOSE = "Framework contract for textbook printing";
    static final String RELEASE_REASON = "Contract awarded below the estimate";
    static final String PAYMENT_REFERENCE = "PAY-2026-000317";
    static final String INCREASE_REASON = "Award above the estimate";

    static final String EUR = "EUR";
    static final String APPROPRIATED_AMOUNT = "100000.00";

    private BudgetLineFixtures() {}

    static AggregateTestFixture<BudgetLine> budgetLineFixture() {
        return new AggregateTestFixture<>(BudgetLine.class);
    }

    static AppropriateBudgetLine appropriate() {
        return appropriate(APPROPRIATED_AMOUNT, EUR);
    }

    static AppropriateBudgetLine appropriate(String amount, String currency) {
        return appropriate(money(amount), currency, AVAILABLE_UNTIL, NOW);
    }

    static AppropriateBudgetLine appropriate(
            BigDecimal amount, String currency, Instant availableUntil, Instant appropriatedAt) {
        return new AppropriateBudgetLine(
                BUDGET_LINE_ID,
                ORGANISATION_ID,
                FISCAL_YEAR,
                CLASSIFICATION_CODE,
                PURPOSE,
                amount,
                currency,
                availableUntil,
                appropriatedAt);
    }

    static BudgetLineAppropriated appropriated() {
        return appropriated(APPROPRIATED_AMOUNT, EUR);
    }

    static BudgetLineAppropriated appropriated(String amount, String currency) {
        return new BudgetLineAppropriated(
                BUDGET_LINE_ID,
                ORGANISATION_ID,
                FISCAL_YEAR,
                CLASSIFICATION_CODE,
                PURPOSE,
                money(amount),
                currency,
                AVAILABLE_UNTIL,
                NOW);
    }

    static CommitFunds commit(UUID commitmentId, String amount) {
        return new CommitFunds(BUDGET_LINE_ID, commitmentId, COMMITMENT_PURPOSE, money(amount), null, COMMITTED_AT);
    }

    static FundsCommitted committed(UUID commitmentId, String amount) {
        return new FundsCommitted(BUDGET_LINE_ID, commitmentId, COMMITMENT_PURPOSE, money(amount), COMMITTED_AT);
    }

    static CommitFunds commit(UUID commitmentId, String amount, Instant at) {
        return new CommitFunds(BUDGET_LINE_ID, commitmentId, COMMITMENT_PURPOSE, money(amount), null, at);
    }

    static IncreaseCommitment increase(UUID commitmentId, String amount) {
        return increase(commitmentId, amount, INCREASED_AT);
    }

    static IncreaseCommitment increase(UUID commitmentId, String amount, Instant at) {
        return new IncreaseCommitment(BUDGET_LINE_ID, commitmentId, money(amount), INCREASE_REASON, at);
    }

    static CommitmentIncreased increased(UUID commitmentId, String amount) {
        return new CommitmentIncreased(BUDGET_LINE_ID, commitmentId, money(amount), INCREASE_REASON, INCREASED_AT);
    }

    static ReleaseFunds release(UUID commitmentId, String amount) {
        return new ReleaseFunds(BUDGET_LINE_ID, commitmentId, money(amount), RELEASE_REASON, null, RELEASED_AT);
    }

    static ReleaseFunds release(UUID commitmentId, String amount, Instant at) {
        return new ReleaseFunds(BUDGET_LINE_ID, commitmentId, money(amount), RELEASE_REASON, null, at);
    }

    static FundsReleased released(UUID commitmentId, String amount) {
        return released(commitmentId, amount, RELEASED_AT);
    }

    static FundsReleased released(UUID commitmentId, String amount, Instant at) {
        return new FundsReleased(BUDGET_LINE_ID, commitmentId, money(amount), RELEASE_REASON, at);
    }

    static SpendFunds spend(UUID commitmentId, UUID spendingId, String amount) {
        return new SpendFunds(
                BUDGET_LINE_ID, commitmentId, spendingId, money(amount), PAYMENT_REFERENCE, null, SPENT_AT);
    }

    static FundsSpent spent(UUID commitmentId, UUID spendingId, String amount) {
        return new FundsSpent(BUDGET_LINE_ID, commitmentId, spendingId, money(amount), PAYMENT_REFERENCE, SPENT_AT);
    }

    static BudgetLineLapsed lapsed(String lapsedAmount) {
        return new BudgetLineLapsed(BUDGET_LINE_ID, money(lapsedAmount), AVAILABLE_UNTIL);
    }

    /** An amount written as text keeps its scale, which events compare on; {@code null} stays absent. */
    static BigDecimal money(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
