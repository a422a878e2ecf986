package org.openprocurement.platform.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.ALPHA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.BETA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.DELTA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.GAMMA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.OPENED_AT;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.failure;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.opened;
import static org.openprocurement.platform.core.tender.TenderFixtures.CALENDAR;
import static org.openprocurement.platform.core.tender.TenderFixtures.DEADLINE;
import static org.openprocurement.platform.core.tender.TenderFixtures.PUBLISHED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.SHANGHAI;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.amend;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancel;
import static org.openprocurement.platform.core.tender.TenderFixtures.publish;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.CoreMatchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/**
 * The tender box opens by itself at the deadline (Wednesday 1 April 2026, 10:00 in Shanghai). Tenders here are
 * published by command, because only a command schedules the opening.
 */
class OpenTenderTest {

    private final AggregateTestFixture<Tender> fixture = tenderFixture();
    private final StubTenderBox box = new StubTenderBox();

    /** The box and a clock that reads {@code now} whenever the opening asks it. */
    private void wire(Instant now) {
        fixture.registerInjectableResource(box);
        fixture.registerInjectableResource(Clock.fixed(now, SHANGHAI));
    }

    private TestExecutor<Tender> publishedByCommand(TenderDrafted drafted) {
        return fixture.givenCurrentTime(PUBLISHED_AT).andGiven(drafted).andGivenCommands(publish(PUBLISHED_AT));
    }

    @Nested
    class TheOpeningDeadline {

        @BeforeEach
        void wireTheBox() {
            wire(OPENED_AT);
        }

        @Test
        void isScheduledAtTheEndOfTheTenderingPeriodWhenTheTenderIsPublished() {
            fixture.givenCurrentTime(PUBLISHED_AT)
                    .andGiven(aDraft().event())
                    .when(publish(PUBLISHED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectScheduledDeadlineWithName(DEADLINE, Tender.OPENING_DEADLINE);
        }

        @Test
        void isNotScheduledWhenThePublicationIsRefused() {
            fixture.givenCurrentTime(PUBLISHED_AT)
                    .andGiven(aDraft().event())
                    .when(publish(shanghai("2026-03-20T09:00")))
                    .expectException(TenderRefusal.TenderingPeriodTooShortException.class)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void movesOutWithTheDeadlineWhenAnAmendmentExtendsIt() {
            // Amended ten days before the deadline: 15 days' notice moves it to Monday 6 April, 10:00.
            publishedByCommand(aDraft().event())
                    .when(amend(shanghai("2026-03-22T09:00")))
                    .expectScheduledDeadlineWithName(shanghai("2026-04-06T10:00"), Tender.OPENING_DEADLINE)
                    .expectNoScheduledDeadlineWithName(DEADLINE, Tender.OPENING_DEADLINE);
        }

        @Test
        void staysSingleWhenAnAmendmentKeepsTheDeadline() {
            box.holds(ALPHA, BETA, GAMMA);

            publishedByCommand(aDraft().event())
                    .andGivenCommands(amend(shanghai("2026-03-12T09:00")))
                    .whenTimeAdvancesTo(DEADLINE)
                    .expectTriggeredDeadlinesWithName(Tender.OPENING_DEADLINE)
                    .expectEvents(opened(ALPHA, BETA, GAMMA));
        }

        @Test
        void isCancelledWithTheTender() {
            publishedByCommand(aDraft().event())
                    .when(cancel(shanghai("2026-03-20T15:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class AtTheDeadline {

        @BeforeEach
        void wireTheBox() {
            wire(OPENED_AT);
        }

        @Test
        void theBoxIsOpenedWithEveryBidInItAtTheTimeTheClockReads() {
            box.holds(ALPHA, BETA, GAMMA, DELTA);

            publishedByCommand(aDraft().event())
                    .whenTimeAdvancesTo(DEADLINE)
                    .expectTriggeredDeadlinesWithName(Tender.OPENING_DEADLINE)
                    .expectEvents(new BidsOpened(TENDER_ID, List.of(ALPHA, BETA, GAMMA, DELTA), OPENED_AT));
            assertThat(box.unsealings).containsExactly(new Unsealing(TENDER_ID, 0));
        }

        @Test
        void nothingIsOpenedOneSecondBefore() {
            box.holds(ALPHA, BETA, GAMMA);

            publishedByCommand(aDraft().event())
                    .whenTimeAdvancesTo(DEADLINE.minusSeconds(1))
                    .expectTriggeredDeadlines()
                    .expectNoEvents()
                    .expectScheduledDeadlineWithName(DEADLINE, Tender.OPENING_DEADLINE);
            assertThat(box.unsealings).isEmpty();
        }

        @Test
        void withThreeBidsOfWhichTwoCountTheTenderFailsAtOnce() {
            box.holds(ALPHA, BETA, DELTA);

            publishedByCommand(aDraft().event())
                    .whenTimeAdvancesTo(DEADLINE)
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            CoreMatchers.<Object>equalTo(opened(ALPHA, BETA, DELTA)),
                            failure(
                                    OPENED_AT,
                                    "3 bids were received and 2 counted (a bid submitted before the last amendment "
                                            + "counts only once its bidder confirms it); open tendering needs at least 3."),
                            andNoMore())));
        }

        @Test
        void withAnEmptyBoxTheTenderFailsAtOnce() {
            publishedByCommand(aDraft().event())
                    .whenTimeAdvancesTo(DEADLINE)
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            CoreMatchers.<Object>equalTo(opened()),
                            failure(OPENED_AT, "No bid was received; open tendering needs at least 3."),
                            andNoMore())));
        }

        @Test
        void aSingleSourceTenderNeedsOnlyItsOneBid() {
            TenderDrafted singleSource = aDraft().method(ProcurementMethod.SINGLE_SOURCE)
                    .invited(BETA.supplierId())
                    .justification("Only the original manufacturer can extend the licensed software")
                    .event();
            box.holds(BETA);

            publishedByCommand(singleSource).whenTimeAdvancesTo(DEADLINE).expectEvents(opened(BETA));
        }

        @Test
        void aCancelledTenderIsNeverOpened() {
            box.holds(ALPHA, BETA, GAMMA);

            publishedByCommand(aDraft().event())
                    .andGivenCommands(cancel(shanghai("2026-03-20T15:00")))
                    .whenTimeAdvancesTo(DEADLINE)
                    .expectTriggeredDeadlines()
                    .expectNoEvents();
            assertThat(box.unsealings).isEmpty();
        }

        @Test
        void anOpeningDeliveredAgainToAnOpenedTenderChangesNothing() {
            box.holds(ALPHA, BETA, GAMMA);

            fixture.given(aDraft().event(), published(), opened(ALPHA, BETA, GAMMA))
                    .whenInvoking(
                            TENDER_ID.toString(),
                            tender -> tender.open(
                                    OPENED_AT,
                                    box,
                                    Clock.fixed(OPENED_AT.plusSeconds(60), SHANGHAI),
                                    RuleTable.chinaGovernmentProcurementLaw(),
                                    CALENDAR))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            assertThat(box.unsealings).isEmpty();
        }
    }

    /** Amended on 22 March, ten days before the deadline: it moves to Monday 6 April, 10:00 in Shanghai. */
    @Nested
    class AfterAnAmendmentThatExtendsTheDeadline {

        private static final Instant NEW_DEADLINE = shanghai("2026-04-06T10:00");
        private static final Instant OPENED_LATER = NEW_DEADLINE.plusSeconds(2);

        private TestExecutor<Tender> tender;

        @BeforeEach
        void theTenderIsAmended() {
            wire(OPENED_LATER);
            box.holds(ALPHA, BETA, GAMMA, DELTA);
            tender = publishedByCommand(aDraft().event()).andGivenCommands(amend(shanghai("2026-03-22T09:00")));
        }

        @Test
        void nothingIsOpenedAtTheOriginalDeadline() {
            tender.whenTimeAdvancesTo(DEADLINE).expectTriggeredDeadlines().expectNoEvents();
            assertThat(box.unsealings).isEmpty();
        }

        @Test
        void theBoxOpensAtTheNewDeadlineCountingBidsAgainstTheAmendment() {
            tender.whenTimeAdvancesTo(NEW_DEADLINE)
                    .expectTriggeredDeadlinesWithName(Tender.OPENING_DEADLINE)
                    .expectEvents(new BidsOpened(TENDER_ID, List.of(ALPHA, BETA, GAMMA, DELTA), OPENED_LATER));
            assertThat(box.unsealings).containsExactly(new Unsealing(TENDER_ID, 1));
        }
    }

    /** One request to the box: which tender, counting bids against which amendment. */
    private record Unsealing(UUID tenderId, int amendmentNumber) {}

    /** Hands out the bids it holds and remembers every unsealing. */
    private static final class StubTenderBox implements TenderBox {

        private final List<Unsealing> unsealings = new ArrayList<>();
        private List<OpenedBid> bids = List.of();

        void holds(OpenedBid... sealed) {
            bids = List.of(sealed);
        }

        @Override
        public List<OpenedBid> unseal(UUID tenderId, int amendmentNumber) {
            unsealings.add(new Unsealing(tenderId, amendmentNumber));
            return bids;
        }
    }
}
