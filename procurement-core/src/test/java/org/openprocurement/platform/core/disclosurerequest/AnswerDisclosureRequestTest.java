package org.openprocurement.platform.core.disclosurerequest;

import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.ANSWERED_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.DISCLOSED;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.DUE_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.GROUNDS;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.REQUESTED_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.answer;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.answered;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.disclosureFixture;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.grant;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.granted;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.overdue;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.request;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.requested;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswerDisclosureRequestTest {

    private final AggregateTestFixture<DisclosureRequest> fixture = disclosureFixture();

    @Nested
    class AnOpenRequest {

        @Test
        void aGrantIsRecordedWithWhatIsDisclosed() {
            fixture.given(requested())
                    .when(grant())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(granted());
        }

        @Test
        void aPartialGrantIsRecordedWithWhatIsDisclosedAndTheGroundsForTheRest() {
            fixture.given(requested())
                    .when(answer(DisclosureDecision.PARTLY_GRANTED, DISCLOSED, GROUNDS, ANSWERED_AT))
                    .expectEvents(answered(DisclosureDecision.PARTLY_GRANTED, DISCLOSED, GROUNDS, ANSWERED_AT));
        }

        @Test
        void aRefusalIsRecordedWithItsGrounds() {
            fixture.given(requested())
                    .when(answer(DisclosureDecision.REFUSED, "", GROUNDS, ANSWERED_AT))
                    .expectEvents(answered(DisclosureDecision.REFUSED, null, GROUNDS, ANSWERED_AT));
        }

        @Test
        void aRefusalWithoutGroundsIsRefused() {
            fixture.given(requested())
                    .when(answer(DisclosureDecision.REFUSED, null, " ", ANSWERED_AT))
                    .expectException(DisclosureRequestRefusal.GroundsMissingException.class)
                    .expectNoEvents();
        }

        @Test
        void aPartialGrantWithoutGroundsIsRefused() {
            fixture.given(requested())
                    .when(answer(DisclosureDecision.PARTLY_GRANTED, DISCLOSED, null, ANSWERED_AT))
                    .expectException(DisclosureRequestRefusal.GroundsMissingException.class)
                    .expectNoEvents();
        }

        @Test
        void aGrantThatDisclosesNothingIsRefused() {
            fixture.given(requested())
                    .when(answer(DisclosureDecision.GRANTED, null, null, ANSWERED_AT))
                    .expectException(DisclosureRequestRefusal.InformationMissingException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void anAnsweredRequestIsNotAnsweredAgain() {
        fixture.given(requested(), granted())
                .when(answer(DisclosureDecision.REFUSED, null, GROUNDS, ANSWERED_AT.plusSeconds(60)))
                .expectException(DisclosureRequestRefusal.AlreadyAnsweredException.class)
                .expectNoEvents();
    }

    @Test
    void anOverdueRequestCanStillBeAnsweredLate() {
        Instant late = DUE_AT.plusSeconds(2 * 86_400);
        fixture.given(requested(), overdue(DUE_AT))
                .when(answer(DisclosureDecision.GRANTED, DISCLOSED, null, late))
                .expectEvents(answered(DisclosureDecision.GRANTED, DISCLOSED, null, late));
    }

    @Test
    void anAnswerInTimeMeansTheRequestNeverGoesOverdue() {
        fixture.givenCurrentTime(REQUESTED_AT)
                .andGivenCommands(request(), grant())
                .whenTimeAdvancesTo(DUE_AT.plusSeconds(86_400))
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }
}
