package org.openprocurement.platform.core.tender;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenderGuardsTest {

    private static final Instant DEADLINE = Instant.parse("2026-04-01T02:00:00Z");

    @Nested
    class TheStatusGuard {

        @Test
        void letsTheExpectedStatusThrough() {
            assertThatCode(() -> TenderGuards.requireStatus(TenderStatus.OPENED, TenderStatus.OPENED, "awarded"))
                    .doesNotThrowAnyException();
        }

        @Test
        void refusesAnyOtherStatus() {
            assertThatThrownBy(() -> TenderGuards.requireStatus(TenderStatus.DRAFT, TenderStatus.OPENED, "awarded"))
                    .isInstanceOf(TenderRefusal.WrongTenderStateException.class);
        }
    }

    @Nested
    class TheOpenForBidsGuard {

        @Test
        void letsAPublishedTenderThroughBeforeItsDeadline() {
            assertThatCode(() -> TenderGuards.requireOpenForBids(
                            TenderStatus.PUBLISHED, DEADLINE, DEADLINE.minusSeconds(1), "amended"))
                    .doesNotThrowAnyException();
        }

        @Test
        void refusesAtTheDeadline() {
            assertThatThrownBy(() ->
                            TenderGuards.requireOpenForBids(TenderStatus.PUBLISHED, DEADLINE, DEADLINE, "amended"))
                    .isInstanceOf(TenderRefusal.WrongTenderStateException.class);
        }

        @Test
        void refusesADraft() {
            assertThatThrownBy(() -> TenderGuards.requireOpenForBids(
                            TenderStatus.DRAFT, DEADLINE, DEADLINE.minusSeconds(1), "amended"))
                    .isInstanceOf(TenderRefusal.WrongTenderStateException.class);
        }
    }

    @Nested
    class TheRunningGuard {

        @ParameterizedTest
        @EnumSource(names = {"PUBLISHED", "OPENED", "AWARDED"})
        void letsAProcurementUnderWayThrough(TenderStatus status) {
            assertThatCode(() -> TenderGuards.requireRunning(status, "suspended"))
                    .doesNotThrowAnyException();
        }

        @ParameterizedTest
        @EnumSource(names = {"DRAFT", "FAILED", "CANCELLED"})
        void refusesADraftOrAnEndedProcurement(TenderStatus status) {
            assertThatThrownBy(() -> TenderGuards.requireRunning(status, "suspended"))
                    .isInstanceOf(TenderRefusal.WrongTenderStateException.class);
        }
    }

    @Nested
    class TheCancellationGuard {

        @ParameterizedTest
        @EnumSource(names = {"DRAFT", "PUBLISHED", "OPENED"})
        void letsATenderThatHasNotEndedThrough(TenderStatus status) {
            assertThatCode(() -> TenderGuards.requireCancellable(status)).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @EnumSource(names = {"AWARDED", "FAILED", "CANCELLED"})
        void refusesAnAwardedFailedOrCancelledTender(TenderStatus status) {
            assertThatThrownBy(() -> TenderGuards.requireCancellable(status))
                    .isInstanceOf(TenderRefusal.WrongTenderStateException.class);
        }
    }

    @Test
    void aCancelledTenderTakesNothingMore() {
        assertThatThrownBy(() -> TenderGuards.requireNotCancelled(TenderStatus.CANCELLED))
                .isInstanceOf(TenderRefusal.WrongTenderStateException.class);
        assertThatCode(() -> TenderGuards.requireNotCancelled(TenderStatus.PUBLISHED))
                .doesNotThrowAnyException();
    }
}
