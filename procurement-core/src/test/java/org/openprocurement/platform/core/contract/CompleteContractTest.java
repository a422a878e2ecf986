package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY;
import static org.openprocurement.platform.core.contract.ContractFixtures.INSTALMENT;
import static org.openprocurement.platform.core.contract.ContractFixtures.LATER;
import static org.openprocurement.platform.core.contract.ContractFixtures.completed;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.delivery;
import static org.openprocurement.platform.core.contract.ContractFixtures.instalment;
import static org.openprocurement.platform.core.contract.ContractFixtures.met;
import static org.openprocurement.platform.core.contract.ContractFixtures.money;
import static org.openprocurement.platform.core.contract.ContractFixtures.paidAgainst;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.CompleteContract;

class CompleteContractTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static CompleteContract complete() {
        return new CompleteContract(CONTRACT_ID, "All delivered", null, LATER);
    }

    @Test
    void withEveryMilestoneMetTheContractCompletesAndReleasesWhatWasNotPaid() {
        fixture.given(
                        created(),
                        signed(0),
                        delivery(),
                        instalment("60000.00"),
                        met(DELIVERY),
                        met(INSTALMENT),
                        paidAgainst(INSTALMENT, "60000.00"))
                .when(complete())
                .expectEvents(completed("60000.00", "40000.00"))
                .expectResultMessagePayload(money("40000.00"));
    }

    @Test
    void aMilestoneNotYetMetKeepsTheContractOpen() {
        fixture.given(created(), signed(0), delivery(), instalment("60000.00"), met(INSTALMENT))
                .when(complete())
                .expectException(ContractRefusal.MilestonesOutstandingException.class)
                .expectNoEvents();
    }

    @Test
    void anUnsignedContractCannotBeCompleted() {
        fixture.given(created())
                .when(complete())
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }
}
