package org.openprocurement.platform.core.disclosurerequest;

import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.DUE_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.EXTENDED_DUE_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.REASON;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.REQUESTED_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.disclosureFixture;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.extend;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.extended;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.granted;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.overdue;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.request;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.requested;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExtendDisclosureDeadlineTest {

    private final AggregateTestFixture<DisclosureRequest> fixture = disclosureFixture();

    @Nested
    class WhileTheAnswerPeriodRuns {

        @Test
        void theExtensionAddsFifteenWorkingDaysToTheEndOfThePeriod() {
            fixture.given(requested())
                    .when(extend())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(extended())
                    .expectScheduledDeadlineWithName(EXTENDED_DUE_AT, DisclosureRequest.ANSWER_DEADLINE);
        }

        @Test
        void theRequestNoLongerGoesOverdueAtTheFirstDueDate() {
            fixture.givenCurrentTime(REQUESTED_AT)
                    .andGivenCommands(request(), extend())
                    .whenTimeAdvancesTo(DUE_AT.plusSeconds(3600))
                    .expectNoEvents();
        }

        @Test
        void anExtendedRequestGoesOverdueAtTheExtendedDueDate() {
            fixture.givenCurrentTime(REQUESTED_AT)
                    .andGivenCommands(request(), extend())
                    .whenTimeAdvancesTo(EXTENDED_DUE_AT)
                    .expectTriggeredDeadlinesWithName(DisclosureRequest.ANSWER_DEADLINE)
                    .expectEvents(overdue(EXTENDED_DUE_AT));
        }

        @Test
        void anExtensionWithoutAReasonIsRefused() {
            fixture.given(requested())
                    .when(extend("  ", DisclosureRequestFixtures.EXTENDED_AT))
                    .expectException(DisclosureRequestRefusal.ReasonMissingException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void theTimeToAnswerIsExtendedOnlyOnce() {
        fixture.given(requested(), extended())
                .when(extend(REASON, EXTENDED_DUE_AT.minusSeconds(86_400)))
                .expectException(DisclosureRequestRefusal.AlreadyExtendedException.class)
                .expectNoEvents();
    }

    @Test
    void anExtensionAtTheEndOfThePeriodIsTooLate() {
        fixture.given(requested())
                .when(extend(REASON, DUE_AT))
                .expectException(DisclosureRequestRefusal.AnswerPeriodEndedException.class)
                .expectNoEvents();
    }

    @Test
    void anOverdueRequestCannotBeExtended() {
        fixture.given(requested(), overdue(DUE_AT))
                .when(extend(REASON, DUE_AT.plusSeconds(60)))
                .expectException(DisclosureRequestRefusal.AnswerPeriodEndedException.class)
                .expectNoEvents();
    }

    @Test
    void anAnsweredRequestCannotBeExtended() {
        fixture.given(requested(), granted())
                .when(extend())
                .expectException(DisclosureRequestRefusal.AlreadyAnsweredException.class)
                .expectNoEvents();
    }
}
