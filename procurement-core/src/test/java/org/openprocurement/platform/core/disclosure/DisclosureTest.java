package org.openprocurement.platform.core.disclosure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.disclosure.command.ClassifyProcess;
import org.openprocurement.platform.core.disclosure.command.DeferDisclosure;
import org.openprocurement.platform.core.disclosure.event.DeferredDisclosureReached;
import org.openprocurement.platform.core.disclosure.event.DisclosureDeferred;
import org.openprocurement.platform.core.disclosure.event.ProcessClassified;

/** The buyer decides before publication what the public may see; a withheld field appears on its access date. */
class DisclosureTest {

    private static final UUID PROCESS = UUID.fromString("7a1d5b1e-1c3d-4f4a-9d3e-000000000001");
    private static final UUID DISCLOSURE = DisclosureIds.of(PROCESS);
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    private static final Instant ACCESS_DATE = Instant.parse("2026-09-01T00:00:00Z");

    private final AggregateTestFixture<Disclosure> fixture = new AggregateTestFixture<>(Disclosure.class);

    @BeforeEach
    void clock() {
        fixture.registerInjectableResource(Clock.fixed(ACCESS_DATE, ZoneOffset.UTC));
    }

    private static ClassifyProcess classify(Classification classification, String why, boolean published) {
        return new ClassifyProcess(DISCLOSURE, PROCESS, classification, why, published, NOW);
    }

    private static DeferDisclosure defer(String field, Instant until) {
        return new DeferDisclosure(DISCLOSURE, PROCESS, field, "Commercial confidentiality", until, false, NOW);
    }

    @Nested
    class Classifying {

        @Test
        void aDraftIsClassifiedSecretWithItsJustification() {
            fixture.givenNoPriorActivity()
                    .when(classify(Classification.SECRET, "Border defence equipment", false))
                    .expectEvents(
                            new ProcessClassified(PROCESS, Classification.SECRET, "Border defence equipment", NOW));
        }

        @Test
        void aRestrictedClassificationWithoutJustificationIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(classify(Classification.RESTRICTED, " ", false))
                    .expectException(DisclosureRefusal.JustificationRequiredException.class)
                    .expectNoEvents();
        }

        @Test
        void aPublishedProcessCanNoLongerBeClassified() {
            fixture.givenNoPriorActivity()
                    .when(classify(Classification.SECRET, "Too late", true))
                    .expectException(DisclosureRefusal.ProcessAlreadyPublishedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Deferring {

        @Test
        void aWithheldFieldIsRecordedAndItsAccessDateScheduled() {
            fixture.givenNoPriorActivity()
                    .when(defer("awards.value", ACCESS_DATE))
                    .expectEvents(new DisclosureDeferred(
                            PROCESS, "awards.value", "Commercial confidentiality", ACCESS_DATE, NOW))
                    .expectScheduledDeadlineWithName(ACCESS_DATE, Disclosure.ACCESS_DATE_DEADLINE);
        }

        @Test
        void onTheAccessDateTheFieldIsDisclosedByItself() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(defer("awards.value", ACCESS_DATE))
                    .whenThenTimeAdvancesTo(ACCESS_DATE.plus(Duration.ofMinutes(1)))
                    .expectDeadlinesMet("awards.value")
                    .expectEvents(new DeferredDisclosureReached(PROCESS, "awards.value", ACCESS_DATE));
        }

        @Test
        void aFieldTheMappingDoesNotKnowIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(defer("tender.title", ACCESS_DATE))
                    .expectException(DisclosureRefusal.UnknownDisclosureFieldException.class)
                    .expectNoEvents();
        }

        @Test
        void anAccessDateInThePastIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(defer("awards.value", NOW.minusSeconds(1)))
                    .expectException(DisclosureRefusal.AccessDateException.class);
        }

        @Test
        void aFieldIsDeferredOnlyOnce() {
            fixture.givenNoPriorActivity()
                    .andGiven(new DisclosureDeferred(
                            PROCESS, "awards.value", "Commercial confidentiality", ACCESS_DATE, NOW))
                    .when(defer("awards.value", ACCESS_DATE.plusSeconds(60)))
                    .expectException(DisclosureRefusal.AlreadyDeferredException.class);
        }
    }
}
