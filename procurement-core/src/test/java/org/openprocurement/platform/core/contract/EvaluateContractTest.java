package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.BUYER_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.LATER;
import static org.openprocurement.platform.core.contract.ContractFixtures.SUPPLIER_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.completed;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.EvaluateContract;
import org.openprocurement.platform.core.contract.event.ContractEvaluated;

class EvaluateContractTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static EvaluateContract rate(EvaluatingParty party, String organisation, int score) {
        return new EvaluateContract(CONTRACT_ID, party, organisation, score, "Delivered on time", LATER);
    }

    private static ContractEvaluated rated(EvaluatingParty party, String organisation, int score) {
        return new ContractEvaluated(CONTRACT_ID, party, organisation, score, "Delivered on time", LATER);
    }

    @Test
    void eachPartyRatesACompletedProcedureOnce() {
        fixture.given(
                        created(),
                        signed(0),
                        completed("0", "100000.00"),
                        rated(EvaluatingParty.USING_AGENCY, BUYER_ID, 4))
                .when(rate(EvaluatingParty.SUPPLIER, SUPPLIER_ID, 5))
                .expectEvents(rated(EvaluatingParty.SUPPLIER, SUPPLIER_ID, 5));
    }

    @Test
    void aSecondRatingByTheSamePartyIsRefused() {
        fixture.given(
                        created(),
                        signed(0),
                        completed("0", "100000.00"),
                        rated(EvaluatingParty.USING_AGENCY, BUYER_ID, 4))
                .when(rate(EvaluatingParty.USING_AGENCY, BUYER_ID, 2))
                .expectException(ContractRefusal.AlreadyEvaluatedException.class)
                .expectNoEvents();
    }

    @Test
    void aScoreOutsideOneToFiveIsRefused() {
        fixture.given(created(), signed(0), completed("0", "100000.00"))
                .when(rate(EvaluatingParty.SUPPLIER, SUPPLIER_ID, 6))
                .expectException(ContractRefusal.InvalidRatingException.class)
                .expectNoEvents();
    }

    @Test
    void aContractStillBeingPerformedIsNotYetEvaluated() {
        fixture.given(created(), signed(0))
                .when(rate(EvaluatingParty.SUPPLIER, SUPPLIER_ID, 5))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }
}
