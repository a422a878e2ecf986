package org.openprocurement.platform.audit.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.AWARDED_AT;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.RULE;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.bid;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.tender;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAwarded;

/**
 * Indicators 7 and 8 over contract events read through {@link ContractEvents}; the contract event records are
 * stood in for by two records of this test until contracts are on the record.
 */
class ContractIndicatorsTest {

    /** A contract's signature as a contract event would record it. */
    record Signed(Instant signedAt) {}

    /** A contract amendment with the value before and after. */
    record Amended(String before, String after) {}

    private static final ContractEvents CONTRACTS = new ContractEvents() {
        @Override
        public Optional<Instant> signedAt(Object event) {
            return event instanceof Signed s ? Optional.of(s.signedAt()) : Optional.empty();
        }

        @Override
        public Optional<ValueChange> valueChange(Object event) {
            return event instanceof Amended a
                    ? Optional.of(new ValueChange(new BigDecimal(a.before()), new BigDecimal(a.after())))
                    : Optional.empty();
        }
    };

    private static final OpenedBid WINNER = bid(1, "boda-technology", "90000.00");

    private static ProcessEvents awarded() {
        return tender(1).published().opened(WINNER).awarded(WINNER);
    }

    private static Optional<RedFlag> assess(Indicator indicator, ProcessEvents process) {
        ProcessRecord record = process.record();
        return indicator.assess(record, new RedFlagContext(List.of(record), RedFlagSettings.defaults(), RULE));
    }

    @Nested
    class ContractSignedMoreThanThirtyDaysAfterTheAward {

        private final Indicator indicator = new LateContractSignature(CONTRACTS);

        @Test
        void thirtyOneDaysLaterIsFlaggedOnTheAwardAndTheSignature() {
            ProcessEvents process = awarded().then(new Signed(AWARDED_AT.plus(Duration.ofDays(31))));

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.detail()).contains("31 days");
                assertThat(flag.eventIds())
                        .containsExactly(process.idOf(TenderAwarded.class), process.idOf(Signed.class));
            });
        }

        @Test
        void thirtyDaysLaterIsInTime() {
            assertThat(assess(indicator, awarded().then(new Signed(AWARDED_AT.plus(Duration.ofDays(30))))))
                    .isEmpty();
        }

        @Test
        void noSignatureYetIsNotFlagged() {
            assertThat(assess(indicator, awarded())).isEmpty();
        }
    }

    @Nested
    class AmendmentsRaisingTheValue {

        private final Indicator indicator = new ValueRaisingAmendment(CONTRACTS);

        @Test
        void everyRaisingAmendmentIsCitedAndTheRaisesAddUp() {
            ProcessEvents process = awarded()
                    .then(new Signed(AWARDED_AT.plus(Duration.ofDays(10))))
                    .then(new Amended("90000.00", "94500.00"))
                    .then(new Amended("94500.00", "93000.00"))
                    .then(new Amended("93000.00", "97000.00"));
            List<String> amendments = process.record().events().stream()
                    .filter(r -> r.event() instanceof Amended)
                    .map(Recorded::eventId)
                    .toList();

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.detail())
                        .contains("2 amendment(s)")
                        .contains("8500.00")
                        .contains("9.4%");
                assertThat(flag.eventIds())
                        .containsExactly(process.idOf(TenderAwarded.class), amendments.get(0), amendments.get(2));
            });
        }

        @Test
        void anAmendmentLoweringTheValueIsNotFlagged() {
            assertThat(assess(indicator, awarded().then(new Amended("90000.00", "85000.00"))))
                    .isEmpty();
        }
    }

    @Test
    void theStandardSetWithContractsAddsBothIndicatorsAfterTheOthers() {
        assertThat(RedFlags.withContracts(CONTRACTS).indicators())
                .extracting(Indicator::code)
                .endsWith("late-contract-signature", "value-raising-amendment")
                .hasSize(RedFlags.standard().indicators().size() + 2);
    }
}
