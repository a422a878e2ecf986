package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.DRAFTED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.item;
import static org.openprocurement.platform.core.tender.TenderFixtures.scoring;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.Criterion;

class DraftTenderTest {

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    private ResultValidator<Tender> drafting(TenderDraft draft) {
        return fixture.givenNoPriorActivity().when(draft.command());
    }

    private void isRecorded(TenderDraft draft) {
        drafting(draft).expectSuccessfulHandlerExecution().expectEvents(draft.event());
    }

    private void isRefused(TenderDraft draft, Class<? extends TenderRefusal> refusal) {
        drafting(draft).expectException(refusal).expectNoEvents();
    }

    @Nested
    class TheEstimate {

        @Test
        void isTheSumOfTheItemsEstimates() {
            TenderDraft draft = aDraft().items(item("100", "100000.00"), item("20", "50000.00"));

            drafting(draft).expectEvents(draft.event("150000.00"));
        }

        @Test
        void mayUseAllTheMoneyAvailableOnTheBudgetLine() {
            isRecorded(aDraft().available("100000.00"));
        }

        @Test
        void aboveTheMoneyAvailableOnTheBudgetLineIsRefused() {
            isRefused(aDraft().available("99999.99"), TenderRefusal.EstimateExceedsBudgetException.class);
        }
    }

    @Nested
    class AnIncompleteOrInconsistentDraftIsRefused {

        @Test
        void whenItBuysNothing() {
            isRefused(aDraft().items(), TenderRefusal.InvalidTenderException.class);
        }

        @Test
        void whenAnItemHasNoQuantity() {
            isRefused(aDraft().items(item("0", "100000.00")), TenderRefusal.InvalidTenderException.class);
        }

        @Test
        void whenTheDeadlineIsBeforeTheDraft() {
            isRefused(aDraft().deadline(DRAFTED_AT.minusSeconds(1)), TenderRefusal.InvalidTenderException.class);
        }

        @Test
        void whenTheDeadlineIsTheMomentOfTheDraft() {
            isRefused(aDraft().deadline(DRAFTED_AT), TenderRefusal.InvalidTenderException.class);
        }

        @Test
        void whenAnEstimateIsFinerThanAFen() {
            isRefused(aDraft().items(item("100", "100000.001")), TenderRefusal.InvalidTenderException.class);
        }

        // A currency that does not exist is bad input: it must be refused as such, not fail as a bug.
        @Test
        void whenItIsPricedInSomethingThatIsNotACurrency() {
            isRefused(aDraft().currency("XYZ"), TenderRefusal.InvalidTenderException.class);
        }
    }

    @Nested
    class ComprehensiveScoring {

        @Test
        void withWeightsThatDoNotAddUpToOneHundredIsRefused() {
            isRefused(aDraft().scoredBy(scoring(30, 60)), TenderRefusal.ScoringWeightsException.class);
        }

        @Test
        void givingPriceTwentyPercentForGoodsIsRefused() {
            isRefused(aDraft().scoredBy(scoring(20, 80)), TenderRefusal.ScoringWeightsException.class);
        }

        @Test
        void withTwoCriteriaOfTheSameNameIsRefused() {
            isRefused(
                    aDraft().scoredBy(List.of(
                            new Criterion("price", 60, true),
                            new Criterion("quality", 20, false),
                            new Criterion("quality", 20, false))),
                    TenderRefusal.ScoringWeightsException.class);
        }

        @Test
        void givingPriceThirtyPercentForGoodsIsRecorded() {
            isRecorded(aDraft().scoredBy(scoring(30, 70)));
        }

        @Test
        void givingPriceTenPercentForServicesIsRecorded() {
            isRecorded(aDraft().category(ProcurementCategory.SERVICES).scoredBy(scoring(10, 90)));
        }

        @Test
        void givingPriceNinePercentForServicesIsRefused() {
            isRefused(
                    aDraft().category(ProcurementCategory.SERVICES).scoredBy(scoring(9, 91)),
                    TenderRefusal.ScoringWeightsException.class);
        }

        @Test
        void isNotAllowedInCompetitiveNegotiation() {
            isRefused(
                    aDraft().method(ProcurementMethod.COMPETITIVE_NEGOTIATION).scoredBy(scoring(30, 70)),
                    TenderRefusal.AwardCriteriaNotAllowedException.class);
        }
    }

    @Test
    void competitiveNegotiationAtTheLowestPriceIsRecorded() {
        isRecorded(
                aDraft().method(ProcurementMethod.COMPETITIVE_NEGOTIATION).awardCriteria(AwardCriteria.LOWEST_PRICE));
    }

    @Nested
    class Invitations {

        @Test
        void invitationalTenderingWithTwoInvitedSuppliersIsRefused() {
            isRefused(
                    aDraft().method(ProcurementMethod.INVITATIONAL_TENDERING).invited("SUP-1", "SUP-2"),
                    TenderRefusal.InvitationRuleException.class);
        }

        @Test
        void invitationalTenderingWithThreeInvitedSuppliersIsRecorded() {
            isRecorded(aDraft().method(ProcurementMethod.INVITATIONAL_TENDERING).invited("SUP-1", "SUP-2", "SUP-3"));
        }

        @Test
        void invitingTheSameSupplierTwiceIsRefused() {
            isRefused(
                    aDraft().method(ProcurementMethod.INVITATIONAL_TENDERING).invited("SUP-1", "SUP-2", "SUP-2"),
                    TenderRefusal.InvitationRuleException.class);
        }

        @Test
        void openTenderingThatInvitesSuppliersIsRefused() {
            isRefused(aDraft().invited("SUP-1"), TenderRefusal.InvitationRuleException.class);
        }
    }

    @Nested
    class SingleSource {

        private TenderDraft singleSource() {
            return aDraft().method(ProcurementMethod.SINGLE_SOURCE);
        }

        @Test
        void withOneInvitedSupplierAndAJustificationIsRecorded() {
            isRecorded(singleSource().invited("SUP-1").justification("Only the original maker can extend the system"));
        }

        @Test
        void withTwoInvitedSuppliersIsRefused() {
            isRefused(
                    singleSource().invited("SUP-1", "SUP-2").justification("Urgent"),
                    TenderRefusal.InvitationRuleException.class);
        }

        @Test
        void withoutAJustificationIsRefused() {
            isRefused(singleSource().invited("SUP-1"), TenderRefusal.JustificationMissingException.class);
        }

        @Test
        void withABlankJustificationIsRefused() {
            isRefused(
                    singleSource().invited("SUP-1").justification("  "),
                    TenderRefusal.JustificationMissingException.class);
        }
    }
}
