package org.openprocurement.platform.core.appeal;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.openprocurement.platform.core.appeal.AppealFixtures.AGENCY;
import static org.openprocurement.platform.core.appeal.AppealFixtures.ANSWER_DUE;
import static org.openprocurement.platform.core.appeal.AppealFixtures.CALENDAR;
import static org.openprocurement.platform.core.appeal.AppealFixtures.CHALLENGE_ID;
import static org.openprocurement.platform.core.appeal.AppealFixtures.FILED_AT;
import static org.openprocurement.platform.core.appeal.AppealFixtures.TENDER_ID;
import static org.openprocurement.platform.core.appeal.AppealFixtures.answer;
import static org.openprocurement.platform.core.appeal.AppealFixtures.awardedToOthers;
import static org.openprocurement.platform.core.appeal.AppealFixtures.file;
import static org.openprocurement.platform.core.appeal.AppealFixtures.filed;
import static org.openprocurement.platform.core.appeal.AppealFixtures.shanghai;
import static org.openprocurement.platform.core.appeal.AppealFixtures.terms;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswerOverdue;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswered;

class ChallengeTest {

    private final AggregateTestFixture<Challenge> fixture = new AggregateTestFixture<>(Challenge.class);

    @BeforeEach
    void resources() {
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(Clock.fixed(ANSWER_DUE, ZoneOffset.UTC));
    }

    @Nested
    class Filing {

        @Test
        void aBidderChallengesTheResultInTimeAndTheAnswerIsDueInSevenWorkingDays() {
            fixture.givenNoPriorActivity()
                    .when(file(ChallengeSubject.RESULT, awardedToOthers(), FILED_AT))
                    .expectEvents(filed())
                    .expectScheduledDeadlineWithName(ANSWER_DUE, Challenge.ANSWER_DEADLINE);
        }

        @Test
        void aLateChallengeIsRefusedAndNothingIsScheduled() {
            fixture.givenNoPriorActivity()
                    .when(file(ChallengeSubject.RESULT, awardedToOthers(), shanghai("2026-04-15T09:00")))
                    .expectException(AppealRefusal.ChallengePeriodOverException.class)
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aSupplierThatDidNotBidCannotChallengeTheResult() {
            fixture.givenNoPriorActivity()
                    .when(file(ChallengeSubject.RESULT, terms(true, false, AppealFixtures.AWARDED_AT), FILED_AT))
                    .expectException(AppealRefusal.NotAParticipantException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Answering {

        @Test
        void anAnswerInTimeIsRecordedAsOnTimeAndCancelsTheDeadline() {
            Instant at = shanghai("2026-04-09T10:00");
            fixture.givenCommands(file(ChallengeSubject.RESULT, awardedToOthers(), FILED_AT))
                    .when(answer(at))
                    .expectEvents(new ChallengeAnswered(
                            CHALLENGE_ID, TENDER_ID, false, "The licence was valid on the deadline.", false, at))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void anAnswerAfterThePeriodIsRecordedAsLate() {
            Instant at = ANSWER_DUE.plusSeconds(3600);
            fixture.given(filed())
                    .when(answer(at))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate(e -> e instanceof ChallengeAnswered a && a.late()), andNoMore())));
        }

        @Test
        void aChallengeIsAnsweredOnce() {
            fixture.given(filed(), new ChallengeAnswered(CHALLENGE_ID, TENDER_ID, false, "No.", false, FILED_AT))
                    .when(answer(shanghai("2026-04-09T10:00")))
                    .expectException(AppealRefusal.ChallengeAlreadyAnsweredException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class TheAnswerDeadline {

        @Test
        void withoutAnAnswerTheChallengeGoesOverdueWhenTheSevenWorkingDaysEnd() {
            fixture.givenCommands(file(ChallengeSubject.RESULT, awardedToOthers(), FILED_AT))
                    .whenTimeAdvancesTo(ANSWER_DUE)
                    .expectDeadlinesMet(ANSWER_DUE)
                    .expectEvents(new ChallengeAnswerOverdue(CHALLENGE_ID, TENDER_ID, AGENCY, ANSWER_DUE, ANSWER_DUE));
        }

        @Test
        void anAnsweredChallengeNeverGoesOverdue() {
            fixture.givenCommands(
                            file(ChallengeSubject.RESULT, awardedToOthers(), FILED_AT),
                            answer(shanghai("2026-04-09T10:00")))
                    .whenTimeAdvancesTo(ANSWER_DUE.plusSeconds(60))
                    .expectNoEvents();
        }
    }
}
