package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.AWARD_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.SIGNATURE_DUE_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.create;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CreateContractTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    @Test
    void anAwardOpensAContractAwaitingSignatureDueThirtyDaysAfterTheAwardNotice() {
        fixture.givenNoPriorActivity()
                .when(create())
                .expectEvents(created())
                .expectScheduledDeadlineWithName(SIGNATURE_DUE_AT, Contract.SIGNATURE_DEADLINE);
    }

    @Test
    void theContractIdentifierIsDerivedFromTheAwardSoOneAwardHasOneContract() {
        Assertions.assertThat(ContractIds.of(AWARD_ID)).isEqualTo(ContractIds.of(AWARD_ID));
        Assertions.assertThat(ContractIds.of(AWARD_ID)).isNotEqualTo(ContractIds.of(UUID.randomUUID()));
    }
}
