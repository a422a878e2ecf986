package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY;
import static org.openprocurement.platform.core.contract.ContractFixtures.LATER;
import static org.openprocurement.platform.core.contract.ContractFixtures.completed;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.create;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.delivery;
import static org.openprocurement.platform.core.contract.ContractFixtures.met;
import static org.openprocurement.platform.core.contract.ContractFixtures.money;
import static org.openprocurement.platform.core.contract.ContractFixtures.paidAgainst;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.TerminateContract;
import org.openprocurement.platform.core.contract.event.ContractTerminated;

class TerminateContractTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static TerminateContract terminate(String reason) {
        return new TerminateContract(CONTRACT_ID, reason, null, LATER);
    }

    @Test
    void aSignedContractEndsEarlyAndReleasesWhatWasNotPaid() {
        fixture.given(created(), signed(0), delivery(), met(DELIVERY), paidAgainst(DELIVERY, "30000.00"))
                .when(terminate("Supplier insolvent"))
                .expectEvents(new ContractTerminated(
                        CONTRACT_ID,
                        BUDGET_LINE_ID,
                        COMMITMENT_ID,
                        true,
                        money("30000.00"),
                        money("70000.00"),
                        "Supplier insolvent",
                        LATER))
                .expectResultMessagePayload(money("70000.00"));
    }

    @Test
    void aCancelledAwardWithdrawsItsUnsignedContractReleasingTheWholeValueAndItsSignatureDeadline() {
        fixture.givenCommands(create())
                .when(terminate("Award cancelled after an upheld complaint"))
                .expectEvents(new ContractTerminated(
                        CONTRACT_ID,
                        BUDGET_LINE_ID,
                        COMMITMENT_ID,
                        false,
                        money("0"),
                        money("100000.00"),
                        "Award cancelled after an upheld complaint",
                        LATER))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTerminationStatesItsReason() {
        fixture.given(created(), signed(0))
                .when(terminate(""))
                .expectException(ContractRefusal.ReasonRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedContractIsNotTerminated() {
        fixture.given(created(), signed(0), completed("0", "100000.00"))
                .when(terminate("Too late"))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }
}
