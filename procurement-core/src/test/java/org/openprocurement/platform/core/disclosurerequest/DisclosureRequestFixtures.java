package org.openprocurement.platform.core.disclosurerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.openprocurement.platform.core.disclosurerequest.command.AnswerDisclosureRequest;
import org.openprocurement.platform.core.disclosurerequest.command.ExtendDisclosureDeadline;
import org.openprocurement.platform.core.disclosurerequest.command.RequestDisclosure;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureAnswerOverdue;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureDeadlineExtended;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequestAnswered;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequested;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** Commands and events of one disclosure request with fixed ids and instants, on a fixed 2026 calendar. */
final class DisclosureRequestFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Qingming 2026: Monday 6 April is a public holiday. */
    static final LocalDate QINGMING = LocalDate.parse("2026-04-06");

    static final WorkingCalendar CALENDAR = new WorkingCalendar(SHANGHAI, Set.of(QINGMING), Set.of());

    static final UUID REQUEST_ID = UUID.fromString("3c1f8a60-2b7e-4d1a-8f0e-000000000001");
    static final UUID PROCESS_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000001");
    static final String AGENCY = "ORG-HEALTH-0001";
    static final String INFORMATION = "The evaluation committee's report on the ultrasound scanners tender";

    /** Monday 2 March 2026, 10:00 in Shanghai. */
    static final Instant REQUESTED_AT = shanghai("2026-03-02T10:00");
    /** The 15th working day after 2 March is Monday 23 March: due at its end. */
    static final Instant DUE_AT = shanghai("2026-03-24T00:00");
    /** Fifteen more working days after 23 March, Qingming left out: Tuesday 14 April, at its end. */
    static final Instant EXTENDED_DUE_AT = shanghai("2026-04-15T00:00");

    static final Instant EXTENDED_AT = shanghai("2026-03-20T16:00");
    static final Instant ANSWERED_AT = shanghai("2026-03-18T11:00");
    static final String REASON = "The report must first be checked for suppliers' trade secrets";
    static final String DISCLOSED = "The report is attached; published at https://example.gov/reports/17";
    static final String GROUNDS = "Regulations art. 15: the suppliers' cost breakdowns are trade secrets";

    private DisclosureRequestFixtures() {}

    static AggregateTestFixture<DisclosureRequest> disclosureFixture() {
        AggregateTestFixture<DisclosureRequest> fixture = new AggregateTestFixture<>(DisclosureRequest.class);
        fixture.registerInjectableResource(CALENDAR);
        return fixture;
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static RequestDisclosure request(Instant at) {
        return new RequestDisclosure(REQUEST_ID, PROCESS_ID, AGENCY, INFORMATION, at);
    }

    static RequestDisclosure request() {
        return request(REQUESTED_AT);
    }

    static DisclosureRequested requested(Instant at, Instant due) {
        return new DisclosureRequested(REQUEST_ID, PROCESS_ID, AGENCY, INFORMATION, due, at);
    }

    static DisclosureRequested requested() {
        return requested(REQUESTED_AT, DUE_AT);
    }

    static ExtendDisclosureDeadline extend(String reason, Instant at) {
        return new ExtendDisclosureDeadline(REQUEST_ID, reason, null, at);
    }

    static ExtendDisclosureDeadline extend() {
        return extend(REASON, EXTENDED_AT);
    }

    static DisclosureDeadlineExtended extended() {
        return new DisclosureDeadlineExtended(REQUEST_ID, PROCESS_ID, REASON, EXTENDED_DUE_AT, EXTENDED_AT);
    }

    static AnswerDisclosureRequest answer(DisclosureDecision decision, String information, String grounds, Instant at) {
        return new AnswerDisclosureRequest(REQUEST_ID, decision, information, grounds, null, at);
    }

    static AnswerDisclosureRequest grant() {
        return answer(DisclosureDecision.GRANTED, DISCLOSED, null, ANSWERED_AT);
    }

    static DisclosureRequestAnswered answered(
            DisclosureDecision decision, String information, String grounds, Instant at) {
        return new DisclosureRequestAnswered(REQUEST_ID, PROCESS_ID, AGENCY, decision, information, grounds, at);
    }

    static DisclosureRequestAnswered granted() {
        return answered(DisclosureDecision.GRANTED, DISCLOSED, null, ANSWERED_AT);
    }

    static DisclosureAnswerOverdue overdue(Instant due) {
        return new DisclosureAnswerOverdue(REQUEST_ID, PROCESS_ID, AGENCY, due);
    }
}
