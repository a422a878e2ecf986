package org.openprocurement.platform.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprocurement.platform.core.appeal.AppealFixtures.ANSWER_DUE;
import static org.openprocurement.platform.core.appeal.AppealFixtures.CALENDAR;
import static org.openprocurement.platform.core.appeal.AppealFixtures.SUPPLIER;
import static org.openprocurement.platform.core.appeal.AppealFixtures.awardedToOthers;
import static org.openprocurement.platform.core.appeal.AppealFixtures.shanghai;
import static org.openprocurement.platform.core.appeal.AppealFixtures.standing;
import static org.openprocurement.platform.core.appeal.AppealFixtures.terms;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppealRulesTest {

    @Nested
    class TheChallengePeriod {

        @Test
        void forTheDocumentsRunsSevenWorkingDaysFromTheirPublication() {
            // Monday 2 March: Tue 3 … Wed 11 March is the seventh working day.
            assertThat(AppealRules.requireChallengeable(
                            ChallengeSubject.DOCUMENTS, awardedToOthers(), shanghai("2026-03-11T23:59"), CALENDAR))
                    .isEqualTo(shanghai("2026-03-12T00:00"));
            assertThatThrownBy(() -> AppealRules.requireChallengeable(
                            ChallengeSubject.DOCUMENTS, awardedToOthers(), shanghai("2026-03-12T00:00"), CALENDAR))
                    .isInstanceOf(AppealRefusal.ChallengePeriodOverException.class);
        }

        @Test
        void forTheProcedureStartsWhenTheTenderingPeriodEnds() {
            assertThatThrownBy(() -> AppealRules.requireChallengeable(
                            ChallengeSubject.PROCEDURE, awardedToOthers(), shanghai("2026-04-01T09:59"), CALENDAR))
                    .isInstanceOf(AppealRefusal.ChallengePeriodNotStartedException.class);
            // Wed 1 April: Thu 2, Fri 3, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13 April (Monday 6 is a holiday).
            assertThat(AppealRules.requireChallengeable(
                            ChallengeSubject.PROCEDURE, awardedToOthers(), shanghai("2026-04-13T18:00"), CALENDAR))
                    .isEqualTo(shanghai("2026-04-14T00:00"));
        }

        @Test
        void forTheResultStartsWithTheAwardNoticeAndSkipsTheHoliday() {
            assertThat(AppealRules.requireChallengeable(
                            ChallengeSubject.RESULT, awardedToOthers(), shanghai("2026-04-14T23:00"), CALENDAR))
                    .isEqualTo(shanghai("2026-04-15T00:00"));
            assertThatThrownBy(() -> AppealRules.requireChallengeable(
                            ChallengeSubject.RESULT, awardedToOthers(), shanghai("2026-04-15T08:00"), CALENDAR))
                    .isInstanceOf(AppealRefusal.ChallengePeriodOverException.class);
        }

        @Test
        void theResultCannotBeChallengedBeforeAnAward() {
            assertThatThrownBy(() -> AppealRules.requireChallengeable(
                            ChallengeSubject.RESULT, terms(true, true, null), shanghai("2026-04-02T09:00"), CALENDAR))
                    .isInstanceOf(AppealRefusal.ChallengePeriodNotStartedException.class);
        }
    }

    @Nested
    class StandingToChallenge {

        @Test
        void aSupplierThatCannotTakePartMayNotChallengeEvenTheDocuments() {
            assertThatThrownBy(() -> AppealRules.requireChallengeable(
                            ChallengeSubject.DOCUMENTS,
                            terms(false, false, null),
                            shanghai("2026-03-03T09:00"),
                            CALENDAR))
                    .isInstanceOf(AppealRefusal.NotAParticipantException.class);
        }

        @Test
        void anyEligibleSupplierMayChallengeTheDocuments() {
            assertThat(AppealRules.requireChallengeable(
                            ChallengeSubject.DOCUMENTS,
                            terms(true, false, null),
                            shanghai("2026-03-03T09:00"),
                            CALENDAR))
                    .isNotNull();
        }

        @Test
        void onlyABidderMayChallengeTheResult() {
            assertThatThrownBy(() -> AppealRules.requireChallengeable(
                            ChallengeSubject.RESULT,
                            terms(true, false, AppealFixtures.AWARDED_AT),
                            shanghai("2026-04-03T09:00"),
                            CALENDAR))
                    .isInstanceOf(AppealRefusal.NotAParticipantException.class);
        }
    }

    @Nested
    class TheComplaintPeriod {

        @Test
        void opensWhenTheChallengeIsAnsweredEvenBeforeTheAnswerPeriodEnds() {
            assertThat(AppealRules.requireComplainable(
                            standing(shanghai("2026-04-08T10:00")), SUPPLIER, shanghai("2026-04-08T11:00"), CALENDAR))
                    .isNotNull();
        }

        @Test
        void opensWhenTheAnswerPeriodEndsWithoutAnAnswer() {
            assertThatThrownBy(() -> AppealRules.requireComplainable(
                            standing(null), SUPPLIER, ANSWER_DUE.minusSeconds(1), CALENDAR))
                    .isInstanceOf(AppealRefusal.ChallengePendingException.class);
            assertThat(AppealRules.requireComplainable(standing(null), SUPPLIER, ANSWER_DUE, CALENDAR))
                    .isNotNull();
        }

        @Test
        void endsFifteenWorkingDaysAfterTheAnswerPeriod() {
            // The answer period's last day is Tue 14 April; 15 working days later is Tue 5 May (1 May is an
            // ordinary working day in this calendar).
            assertThat(AppealRules.requireComplainable(
                            standing(null), SUPPLIER, shanghai("2026-05-05T23:59"), CALENDAR))
                    .isEqualTo(shanghai("2026-05-06T00:00"));
            assertThatThrownBy(() -> AppealRules.requireComplainable(
                            standing(null), SUPPLIER, shanghai("2026-05-06T00:00"), CALENDAR))
                    .isInstanceOf(AppealRefusal.ComplaintPeriodOverException.class);
        }

        @Test
        void onlyTheChallengerMayComplain() {
            assertThatThrownBy(() -> AppealRules.requireComplainable(
                            standing(null), "SUP-0002", shanghai("2026-04-20T10:00"), CALENDAR))
                    .isInstanceOf(AppealRefusal.NotTheChallengerException.class);
        }
    }

    @Test
    void theDecisionIsDueThirtyWorkingDaysAfterTheComplaint() {
        // Thu 16 April: the thirtieth working day after it is Thu 28 May.
        assertThat(AppealRules.decisionDue(shanghai("2026-04-16T10:00"), CALENDAR))
                .isEqualTo(shanghai("2026-05-29T00:00"));
    }
}
