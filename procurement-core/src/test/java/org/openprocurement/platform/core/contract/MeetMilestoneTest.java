package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY;
import static org.openprocurement.platform.core.contract.ContractFixtures.MET_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.delivery;
import static org.openprocurement.platform.core.contract.ContractFixtures.met;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.MeetMilestone;
import org.openprocurement.platform.core.contract.event.MilestoneMet;

class MeetMilestoneTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static MeetMilestone meet(UUID milestone, Instant at) {
        return new MeetMilestone(CONTRACT_ID, milestone, "Accepted by the schools", null, at);
    }

    @Test
    void aMilestoneMetByItsDueDateIsOnTime() {
        fixture.given(created(), signed(0), delivery())
                .when(meet(DELIVERY, MET_AT))
                .expectEvents(met(DELIVERY));
    }

    @Test
    void aMilestoneMetAfterItsDueDateInShanghaiIsLate() {
        // 31 May 2026 is the due date; 16:30 UTC on 31 May is already 1 June in Shanghai.
        Instant late = Instant.parse("2026-05-31T16:30:00Z");
        fixture.given(created(), signed(0), delivery())
                .when(meet(DELIVERY, late))
                .expectEvents(new MilestoneMet(CONTRACT_ID, DELIVERY, "Accepted by the schools", true, late));
    }

    @Test
    void anUnknownMilestoneIsNotFound() {
        fixture.given(created(), signed(0))
                .when(meet(UUID.randomUUID(), MET_AT))
                .expectException(ContractRefusal.UnknownMilestoneException.class)
                .expectNoEvents();
    }

    @Test
    void aMilestoneIsMetOnce() {
        fixture.given(created(), signed(0), delivery(), met(DELIVERY))
                .when(meet(DELIVERY, MET_AT))
                .expectException(ContractRefusal.MilestoneAlreadyMetException.class)
                .expectNoEvents();
    }

    @Test
    void nothingIsPerformedBeforeSignature() {
        fixture.given(created(), delivery())
                .when(meet(DELIVERY, MET_AT))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }
}
