package org.openprocurement.platform.core.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.openprocurement.platform.core.contract.command.AddMilestone;
import org.openprocurement.platform.core.contract.command.CreateContract;
import org.openprocurement.platform.core.contract.event.ContractCompleted;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.contract.event.ContractSigned;
import org.openprocurement.platform.core.contract.event.MilestoneAdded;
import org.openprocurement.platform.core.contract.event.MilestoneMet;
import org.openprocurement.platform.core.contract.event.PaymentRecorded;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** A contract of 100,000.00 CNY for desktop computers, awarded on Tuesday 7 April 2026 at 15:00 in Shanghai. */
final class ContractFixtures {

    static final WorkingCalendar CALENDAR = new WorkingCalendar(ZoneId.of("Asia/Shanghai"), Set.of(), Set.of());

    static final UUID AWARD_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000401");
    static final UUID CONTRACT_ID = ContractIds.of(AWARD_ID);
    static final UUID TENDER_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000001");
    static final UUID BUDGET_LINE_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000001");
    static final UUID COMMITMENT_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000101");
    static final UUID DELIVERY = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000501");
    static final UUID INSTALMENT = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000502");
    static final UUID PAYMENT_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000601");
    static final UUID AMENDMENT_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000701");

    static final String BUYER_ID = "ORG-EDU-0042";
    static final String PROCURING_ENTITY_ID = "ORG-PROC-0007";
    static final String SUPPLIER_ID = "SUP-0001";
    static final String CNY = "CNY";
    static final String VALUE = "100000.00";

    static final Instant AWARDED_AT = Instant.parse("2026-04-07T07:00:00Z");
    static final Instant STANDSTILL_ENDS_AT = Instant.parse("2026-04-16T07:00:00Z");
    /** Thirty days after the award notice (GPL art. 46), at the award's time of day. */
    static final Instant SIGNATURE_DUE_AT = Instant.parse("2026-05-07T07:00:00Z");

    static final Instant SIGNED_AT = Instant.parse("2026-04-17T02:00:00Z");
    static final Instant MET_AT = Instant.parse("2026-05-20T02:00:00Z");
    static final Instant PAID_AT = Instant.parse("2026-05-25T02:00:00Z");
    static final Instant LATER = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate DELIVERY_DUE = LocalDate.parse("2026-05-31");

    private ContractFixtures() {}

    static AggregateTestFixture<Contract> contractFixture() {
        AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);
        fixture.registerInjectableResource(RuleTable.chinaGovernmentProcurementLaw());
        fixture.registerInjectableResource(CALENDAR);
        return fixture;
    }

    static CreateContract create() {
        return new CreateContract(
                CONTRACT_ID,
                TENDER_ID,
                AWARD_ID,
                BUYER_ID,
                PROCURING_ENTITY_ID,
                SUPPLIER_ID,
                ProcurementMethod.OPEN_TENDERING,
                money(VALUE),
                CNY,
                BUDGET_LINE_ID,
                COMMITMENT_ID,
                STANDSTILL_ENDS_AT,
                AWARDED_AT);
    }

    static ContractCreated created() {
        return new ContractCreated(
                CONTRACT_ID,
                TENDER_ID,
                AWARD_ID,
                BUYER_ID,
                PROCURING_ENTITY_ID,
                SUPPLIER_ID,
                ProcurementMethod.OPEN_TENDERING,
                money(VALUE),
                CNY,
                BUDGET_LINE_ID,
                COMMITMENT_ID,
                STANDSTILL_ENDS_AT,
                SIGNATURE_DUE_AT,
                AWARDED_AT);
    }

    static ContractSigned signed(int advancePercent) {
        return new ContractSigned(CONTRACT_ID, TENDER_ID, advancePercent, false, SIGNATURE_DUE_AT, SIGNED_AT);
    }

    static MilestoneAdded delivery() {
        return new MilestoneAdded(
                CONTRACT_ID, DELIVERY, MilestoneType.DELIVERY, "Computers delivered", DELIVERY_DUE, null, SIGNED_AT);
    }

    static MilestoneAdded instalment(String amount) {
        return new MilestoneAdded(
                CONTRACT_ID,
                INSTALMENT,
                MilestoneType.PAYMENT,
                "Payment on acceptance",
                DELIVERY_DUE,
                money(amount),
                SIGNED_AT);
    }

    static AddMilestone addInstalment(UUID id, String amount) {
        return new AddMilestone(
                CONTRACT_ID,
                id,
                MilestoneType.PAYMENT,
                "Payment on acceptance",
                DELIVERY_DUE,
                amount == null ? null : money(amount),
                null,
                SIGNED_AT);
    }

    static MilestoneMet met(UUID milestone) {
        return new MilestoneMet(CONTRACT_ID, milestone, "Accepted by the schools", false, MET_AT);
    }

    static PaymentRecorded paidAgainst(UUID milestone, String amount) {
        return new PaymentRecorded(
                CONTRACT_ID,
                UUID.randomUUID(),
                BUDGET_LINE_ID,
                COMMITMENT_ID,
                milestone,
                false,
                money(amount),
                "PAY-1",
                PAID_AT);
    }

    static PaymentRecorded advancePaid(String amount) {
        return new PaymentRecorded(
                CONTRACT_ID,
                UUID.randomUUID(),
                BUDGET_LINE_ID,
                COMMITMENT_ID,
                null,
                true,
                money(amount),
                "ADV-1",
                PAID_AT);
    }

    static ContractCompleted completed(String paid, String released) {
        return new ContractCompleted(
                CONTRACT_ID, BUDGET_LINE_ID, COMMITMENT_ID, money(paid), money(released), "All delivered", LATER);
    }

    /** An amount written as text keeps its scale, which events compare on. */
    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
