package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY;
import static org.openprocurement.platform.core.contract.ContractFixtures.INSTALMENT;
import static org.openprocurement.platform.core.contract.ContractFixtures.PAID_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.PAYMENT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.advancePaid;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.delivery;
import static org.openprocurement.platform.core.contract.ContractFixtures.instalment;
import static org.openprocurement.platform.core.contract.ContractFixtures.met;
import static org.openprocurement.platform.core.contract.ContractFixtures.money;
import static org.openprocurement.platform.core.contract.ContractFixtures.paidAgainst;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.RecordPayment;
import org.openprocurement.platform.core.contract.event.PaymentRecorded;

class RecordPaymentTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static RecordPayment against(UUID milestone, String amount) {
        return new RecordPayment(CONTRACT_ID, PAYMENT_ID, milestone, false, money(amount), "PAY-1", null, PAID_AT);
    }

    private static RecordPayment advance(String amount) {
        return new RecordPayment(CONTRACT_ID, PAYMENT_ID, null, true, money(amount), "ADV-1", null, PAID_AT);
    }

    @Test
    void aPaymentAgainstAMetMilestoneSpendsFromTheContractsCommitment() {
        fixture.given(created(), signed(0), instalment("60000.00"), met(INSTALMENT))
                .when(against(INSTALMENT, "60000.00"))
                .expectEvents(new PaymentRecorded(
                        CONTRACT_ID,
                        PAYMENT_ID,
                        BUDGET_LINE_ID,
                        COMMITMENT_ID,
                        INSTALMENT,
                        false,
                        money("60000.00"),
                        "PAY-1",
                        PAID_AT));
    }

    @Test
    void aMilestoneNotYetMetIsNotPaid() {
        fixture.given(created(), signed(0), instalment("60000.00"))
                .when(against(INSTALMENT, "60000.00"))
                .expectException(ContractRefusal.MilestoneNotMetException.class)
                .expectNoEvents();
    }

    @Test
    void paymentsAgainstAMilestoneStayWithinItsAmount() {
        fixture.given(created(), signed(0), instalment("60000.00"), met(INSTALMENT), paidAgainst(INSTALMENT, "50000"))
                .when(against(INSTALMENT, "10000.01"))
                .expectException(ContractRefusal.MilestoneAmountExceededException.class)
                .expectNoEvents();
    }

    @Test
    void paymentsNeverExceedTheContractValue() {
        fixture.given(created(), signed(0), delivery(), met(DELIVERY), paidAgainst(DELIVERY, "90000.00"))
                .when(against(DELIVERY, "10000.01"))
                .expectException(ContractRefusal.OverpaymentException.class)
                .expectNoEvents();
    }

    @Test
    void anUnsignedContractIsNotPaid() {
        fixture.given(created())
                .when(advance("1000"))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }

    @Test
    void aPaymentIsEitherAnAdvanceOrAgainstAMilestone() {
        fixture.given(created(), signed(30), delivery(), met(DELIVERY))
                .when(new RecordPayment(CONTRACT_ID, PAYMENT_ID, DELIVERY, true, money("1000"), "X", null, PAID_AT))
                .expectException(ContractRefusal.InvalidPaymentException.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeAmountIsRefused() {
        fixture.given(created(), signed(0), delivery(), met(DELIVERY))
                .when(against(DELIVERY, "-5"))
                .expectException(ContractRefusal.InvalidContractAmountException.class)
                .expectNoEvents();
    }

    @Nested
    class Advances {

        @Test
        void areRefusedWhenTheSignedContractAgreesNone() {
            fixture.given(created(), signed(0))
                    .when(advance("1000"))
                    .expectException(ContractRefusal.AdvanceNotAgreedException.class)
                    .expectNoEvents();
        }

        @Test
        void arePaidUpToTheAgreedShareOfTheValue() {
            fixture.given(created(), signed(30), advancePaid("20000.00"))
                    .when(advance("10000.00"))
                    .expectEvents(new PaymentRecorded(
                            CONTRACT_ID,
                            PAYMENT_ID,
                            BUDGET_LINE_ID,
                            COMMITMENT_ID,
                            null,
                            true,
                            money("10000.00"),
                            "ADV-1",
                            PAID_AT));
        }

        @Test
        void beyondTheAgreedShareAreRefused() {
            fixture.given(created(), signed(30), advancePaid("20000.00"))
                    .when(advance("10000.01"))
                    .expectException(ContractRefusal.AdvanceLimitException.class)
                    .expectNoEvents();
        }
    }
}
