package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.DEADLINE;
import static org.openprocurement.platform.core.tender.TenderFixtures.DRAFTED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.amended;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancel;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancelled;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CancelTenderTest {

    private static final Instant CANCELLED_AT = shanghai("2026-03-20T15:00");

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    @Test
    void aDraftIsCancelledWithNoCommitmentToRelease() {
        fixture.given(aDraft().event())
                .when(cancel(CANCELLED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(null, CANCELLED_AT));
    }

    @Test
    void aPublishedTenderIsCancelledNamingTheCommitmentOfItsPublication() {
        fixture.given(aDraft().event(), published())
                .when(cancel(CANCELLED_AT))
                .expectEvents(cancelled(COMMITMENT_ID, CANCELLED_AT));
    }

    @Test
    void anAmendedTenderIsCancelledNamingTheCommitmentOfItsPublication() {
        fixture.given(aDraft().event(), published(), amended(1, DEADLINE, false, shanghai("2026-03-10T09:00")))
                .when(cancel(CANCELLED_AT))
                .expectEvents(cancelled(COMMITMENT_ID, CANCELLED_AT));
    }

    @Test
    void aCancelledDraftCannotBeCancelledAgain() {
        fixture.given(aDraft().event(), cancelled(null, DRAFTED_AT.plusSeconds(60)))
                .when(cancel(CANCELLED_AT))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledPublishedTenderCannotBeCancelledAgain() {
        fixture.given(aDraft().event(), published(), cancelled(COMMITMENT_ID, CANCELLED_AT))
                .when(cancel(CANCELLED_AT.plusSeconds(60)))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }
}
