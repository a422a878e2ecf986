package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.AMENDMENT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY;
import static org.openprocurement.platform.core.contract.ContractFixtures.LATER;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.delivery;
import static org.openprocurement.platform.core.contract.ContractFixtures.met;
import static org.openprocurement.platform.core.contract.ContractFixtures.money;
import static org.openprocurement.platform.core.contract.ContractFixtures.paidAgainst;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.AmendContract;
import org.openprocurement.platform.core.contract.event.ContractAmended;

class AmendContractTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static AmendContract amend(String rationale, String newValue) {
        return new AmendContract(
                CONTRACT_ID,
                AMENDMENT_ID,
                "Ten more computers",
                rationale,
                newValue == null ? null : money(newValue),
                null,
                LATER);
    }

    private static ContractAmended amended(int number, String before, String after) {
        return new ContractAmended(
                CONTRACT_ID,
                AMENDMENT_ID,
                number,
                "Ten more computers",
                "A new classroom opened",
                money(before),
                money(after),
                LATER);
    }

    @Test
    void aRiseOfTenPercentOfTheOriginalValueIsAllowed() {
        fixture.given(created(), signed(0))
                .when(amend("A new classroom opened", "110000.00"))
                .expectEvents(amended(1, "100000.00", "110000.00"));
    }

    @Test
    void aRiseBeyondTenPercentNeedsANewProcedure() {
        fixture.given(created(), signed(0))
                .when(amend("A new classroom opened", "110000.01"))
                .expectException(ContractRefusal.AmendmentLimitException.class)
                .expectNoEvents();
    }

    @Test
    void theTenPercentCountFromTheOriginalValueAcrossAmendments() {
        fixture.given(created(), signed(0), amended(1, "100000.00", "105000.00"))
                .when(new AmendContract(
                        CONTRACT_ID, UUID.randomUUID(), "More", "Another classroom", money("110000.01"), null, LATER))
                .expectException(ContractRefusal.AmendmentLimitException.class)
                .expectNoEvents();
    }

    @Test
    void anAmendmentWithoutRationaleIsRefused() {
        fixture.given(created(), signed(0))
                .when(amend("  ", "101000.00"))
                .expectException(ContractRefusal.RationaleRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void theValueNeverFallsBelowWhatWasPaid() {
        fixture.given(created(), signed(0), delivery(), met(DELIVERY), paidAgainst(DELIVERY, "50000.00"))
                .when(amend("A new classroom opened", "49999.99"))
                .expectException(ContractRefusal.AmendmentBelowPaidException.class)
                .expectNoEvents();
    }

    @Test
    void anUnsignedContractIsNotAmended() {
        fixture.given(created())
                .when(amend("A new classroom opened", "101000.00"))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }
}
