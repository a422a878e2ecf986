package org.openprocurement.platform.core.contract;

import static org.openprocurement.platform.core.contract.ContractFixtures.CONTRACT_ID;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY;
import static org.openprocurement.platform.core.contract.ContractFixtures.DELIVERY_DUE;
import static org.openprocurement.platform.core.contract.ContractFixtures.INSTALMENT;
import static org.openprocurement.platform.core.contract.ContractFixtures.SIGNED_AT;
import static org.openprocurement.platform.core.contract.ContractFixtures.addInstalment;
import static org.openprocurement.platform.core.contract.ContractFixtures.completed;
import static org.openprocurement.platform.core.contract.ContractFixtures.contractFixture;
import static org.openprocurement.platform.core.contract.ContractFixtures.created;
import static org.openprocurement.platform.core.contract.ContractFixtures.instalment;
import static org.openprocurement.platform.core.contract.ContractFixtures.money;
import static org.openprocurement.platform.core.contract.ContractFixtures.signed;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.command.AddMilestone;

class AddMilestoneTest {

    private static final String VALUE_TEXT = "100000.00";

    private final AggregateTestFixture<Contract> fixture = contractFixture();

    @Test
    void aPaymentMilestoneWithItsAmountIsScheduled() {
        fixture.given(created(), signed(0))
                .when(addInstalment(INSTALMENT, "60000.00"))
                .expectEvents(instalment("60000.00"));
    }

    @Test
    void aDeliveryMilestoneCarriesNoAmount() {
        fixture.given(created())
                .when(new AddMilestone(
                        CONTRACT_ID,
                        DELIVERY,
                        MilestoneType.DELIVERY,
                        "Delivered",
                        DELIVERY_DUE,
                        money("1.00"),
                        null,
                        SIGNED_AT))
                .expectException(ContractRefusal.InvalidMilestoneException.class)
                .expectNoEvents();
    }

    @Test
    void aMilestoneWithoutTitleIsRefused() {
        fixture.given(created())
                .when(new AddMilestone(
                        CONTRACT_ID, DELIVERY, MilestoneType.DELIVERY, " ", DELIVERY_DUE, null, null, SIGNED_AT))
                .expectException(ContractRefusal.InvalidMilestoneException.class)
                .expectNoEvents();
    }

    @Test
    void paymentMilestonesNeverScheduleMoreThanTheContractValue() {
        fixture.given(created(), signed(0), instalment("60000.00"))
                .when(addInstalment(UUID.randomUUID(), "40000.01"))
                .expectException(ContractRefusal.MilestonesExceedValueException.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedContractTakesNoMoreMilestones() {
        fixture.given(created(), signed(0), completed("0", VALUE_TEXT))
                .when(addInstalment(INSTALMENT, null))
                .expectException(ContractRefusal.WrongContractStateException.class)
                .expectNoEvents();
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencyIsRefused() {
        fixture.given(created(), signed(0))
                .when(addInstalment(INSTALMENT, "10.001"))
                .expectException(ContractRefusal.InvalidContractAmountException.class)
                .expectNoEvents();
    }
}
