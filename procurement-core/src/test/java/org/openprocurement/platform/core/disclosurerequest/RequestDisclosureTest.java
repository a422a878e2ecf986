package org.openprocurement.platform.core.disclosurerequest;

import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.DUE_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.REQUESTED_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.disclosureFixture;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.request;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.requested;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.shanghai;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.core.disclosurerequest.command.RequestDisclosure;

class RequestDisclosureTest {

    private final AggregateTestFixture<DisclosureRequest> fixture = disclosureFixture();

    @Test
    void theRequestIsRecordedWithItsAnswerDueAtTheEndOfTheFifteenthWorkingDay() {
        fixture.givenNoPriorActivity()
                .when(request())
                .expectSuccessfulHandlerExecution()
                .expectEvents(requested())
                .expectScheduledDeadlineWithName(DUE_AT, DisclosureRequest.ANSWER_DEADLINE);
    }

    @Test
    void aPublicHolidayIsNotCountedAsAWorkingDay() {
        // Friday 20 March: 15 working days without Qingming (6 April) end on Monday 13 April.
        Instant requestedAt = shanghai("2026-03-20T09:00");
        Instant due = shanghai("2026-04-14T00:00");

        fixture.givenNoPriorActivity().when(request(requestedAt)).expectEvents(requested(requestedAt, due));
    }

    @Test
    void aRequestReceivedOnASaturdayIsCountedFromTheNextWorkingDay() {
        Instant requestedAt = shanghai("2026-03-07T15:00");
        Instant due = shanghai("2026-03-28T00:00");

        fixture.givenNoPriorActivity().when(request(requestedAt)).expectEvents(requested(requestedAt, due));
    }

    @Test
    void aRequestLateInTheEveningCountsFromTheDayOfReceiptInTheProcurementsTimeZone() {
        // 23:30 in Shanghai is still Monday 2 March there, though it is 15:30 UTC.
        Instant requestedAt = shanghai("2026-03-02T23:30");

        fixture.givenNoPriorActivity().when(request(requestedAt)).expectEvents(requested(requestedAt, DUE_AT));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aRequestThatDoesNotSayWhatItAsksForIsRefused(String information) {
        fixture.givenNoPriorActivity()
                .when(new RequestDisclosure(
                        DisclosureRequestFixtures.REQUEST_ID,
                        DisclosureRequestFixtures.PROCESS_ID,
                        DisclosureRequestFixtures.AGENCY,
                        information,
                        REQUESTED_AT))
                .expectException(DisclosureRequestRefusal.InformationMissingException.class)
                .expectNoEvents();
    }
}
