package org.openprocurement.platform.core.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.core.appeal.command.AnswerChallenge;
import org.openprocurement.platform.core.appeal.command.ChallengeStanding;
import org.openprocurement.platform.core.appeal.command.ChallengeTerms;
import org.openprocurement.platform.core.appeal.command.FileChallenge;
import org.openprocurement.platform.core.appeal.event.ChallengeFiled;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** A challenged open tender with fixed ids and instants; Monday 6 April 2026 (Qingming) is a holiday. */
final class AppealFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR =
            new WorkingCalendar(SHANGHAI, Set.of(LocalDate.parse("2026-04-06")), Set.of());

    static final UUID TENDER_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000001");
    static final UUID CHALLENGE_ID = UUID.fromString("a11e0c2a-0f3b-4a8e-9b61-000000000001");
    static final UUID COMPLAINT_ID = Complaint.idFor(CHALLENGE_ID);
    static final String AGENCY = "ORG-PROC-0007";
    static final String FINANCE = "ORG-FIN-0001";
    static final String SUPPLIER = "SUP-0001";
    static final String GROUNDS = "The winner's licence had expired at the bid deadline";

    /** Monday 2 March 2026, 11:00: the documents are published. */
    static final Instant PUBLISHED_AT = shanghai("2026-03-02T11:00");
    /** Wednesday 1 April 2026, 10:00: the tendering period ends. */
    static final Instant DEADLINE = shanghai("2026-04-01T10:00");
    /** Thursday 2 April 2026, 15:30: the award notice. */
    static final Instant AWARDED_AT = shanghai("2026-04-02T15:30");
    /** Thursday 2 April 2026, 17:00: the challenge of the result is filed. */
    static final Instant FILED_AT = shanghai("2026-04-02T17:00");
    /**
     * Seven working days after 2 April: Fri 3, Tue 7 (Monday 6 is Qingming), Wed 8, Thu 9, Fri 10, Mon 13, Tue 14
     * April; the period ends when Tuesday 14 April is over.
     */
    static final Instant SEVEN_WORKING_DAYS_AFTER_AWARD = shanghai("2026-04-15T00:00");

    static final Instant ANSWER_DUE = SEVEN_WORKING_DAYS_AFTER_AWARD;

    private AppealFixtures() {}

    static ChallengeTerms terms(boolean eligible, boolean bidder, Instant awardedAt) {
        return new ChallengeTerms(TENDER_ID, AGENCY, PUBLISHED_AT, DEADLINE, awardedAt, eligible, bidder);
    }

    static ChallengeTerms awardedToOthers() {
        return terms(true, true, AWARDED_AT);
    }

    static FileChallenge file(ChallengeSubject subject, ChallengeTerms terms, Instant at) {
        return new FileChallenge(CHALLENGE_ID, SUPPLIER, subject, GROUNDS, terms, at);
    }

    static ChallengeFiled filed() {
        return new ChallengeFiled(
                CHALLENGE_ID,
                TENDER_ID,
                SUPPLIER,
                AGENCY,
                ChallengeSubject.RESULT,
                GROUNDS,
                SEVEN_WORKING_DAYS_AFTER_AWARD,
                ANSWER_DUE,
                FILED_AT);
    }

    static AnswerChallenge answer(Instant at) {
        return new AnswerChallenge(CHALLENGE_ID, false, "The licence was valid on the deadline.", at);
    }

    static ChallengeStanding standing(Instant answeredAt) {
        return new ChallengeStanding(CHALLENGE_ID, TENDER_ID, SUPPLIER, ANSWER_DUE, answeredAt);
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
