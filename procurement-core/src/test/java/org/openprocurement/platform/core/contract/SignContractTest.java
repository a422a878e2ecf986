package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.SIGNATURE_DUE_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.SIGNED_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.STANDSTILL_ENDS_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.TENDER_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.create;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.SignContract;
import org.openprocurement.platform.core.contract.event.ContractSigned;

class SignContractTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    private static SignContract sign(int pendingAppeals, int advancePercent, Instant at) {
        return new SignContract(CONTRACT_ID, pendingAppeals, advancePercent, null, at);
    }

    @Test
    void isSignedAfterTheStandstillWithinThirtyDaysAndTheOverdueDeadlineIsCancelled() {
        fixture.givenCommands(create())
                .when(sign(0, 30, SIGNED_AT))
                .expectEvents(signed(30))
                .expectNoScheduledDeadlines();
    }

    @Test
    void isRefusedDuringTheStandstill() {
        fixture.given(created())
                .when(sign(0, 0, STANDSTILL_ENDS_AT.minusSeconds(1)))
                .expectException(ContractRefusal.StandstillNotOverException.class)
                .expectNoEvents();
    }

    @Test
    void isRefusedWhileAChallengeOrComplaintIsPending() {
        fixture.given(created())
                .when(sign(1, 0, SIGNED_AT))
                .expectException(ContractRefusal.AppealPendingException.class)
                .expectNoEvents();
    }

    @Test
    void anAdvanceAboveTheCeilingIsRefused() {
        fixture.given(created())
                .when(sign(0, 71, SIGNED_AT))
                .expectException(ContractRefusal.AdvanceLimitException.class)
                .expectNoEvents();
    }

    @Test
    void aSignatureAfterThirtyDaysIsAllowedButRecordedAsLate() {
        Instant late = SIGNATURE_DUE_AT.plus(Duration.ofDays(2));
        fixture.given(created())
                .when(sign(0, 0, late))
                .expectEvents(new ContractSigned(CONTRACT_ID, TENDER_ID, 0, true, SIGNATURE_DUE_AT, late));
    }

    @Test
    void aSignedContractIsNotSignedAgain() {
        fixture.given(created(), signed(0))
                .when(sign(0, 0, SIGNED_AT))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }
}
