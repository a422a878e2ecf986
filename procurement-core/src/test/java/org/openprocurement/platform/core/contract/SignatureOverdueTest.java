package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.BUYER_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.SIGNATURE_DUE_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.TENDER_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.create;

import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.event.ContractSignatureOverdue;

class SignatureOverdueTest {

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    @Test
    void anUnsignedContractGoesOverdueForItsBuyerThirtyDaysAfterTheAward() {
        fixture.givenCommands(create())
                .whenTimeAdvancesTo(SIGNATURE_DUE_AT.plus(Duration.ofMinutes(1)))
                .expectDeadlinesMet(SIGNATURE_DUE_AT)
                .expectEvents(new ContractSignatureOverdue(CONTRACT_ID, TENDER_ID, BUYER_ID, SIGNATURE_DUE_AT));
    }

    @Test
    void theOverdueStepNamesTheContractTheTenderAndTheBuyer() {
        ContractSignatureOverdue overdue =
                new ContractSignatureOverdue(CONTRACT_ID, TENDER_ID, BUYER_ID, SIGNATURE_DUE_AT);
        org.assertj.core.api.Assertions.assertThat(overdue.stepId()).isEqualTo(CONTRACT_ID);
        org.assertj.core.api.Assertions.assertThat(overdue.processId()).isEqualTo(TENDER_ID);
        org.assertj.core.api.Assertions.assertThat(overdue.responsibleOrganisationId())
                .isEqualTo(BUYER_ID);
        org.assertj.core.api.Assertions.assertThat(overdue.step()).isEqualTo("contract-signature");
    }
}
