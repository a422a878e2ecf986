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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.contract.event.ContractAmended;
import org.openprocurement.platform.core.contract.event.ContractSigned;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.OpenedBid;

/** Indicators 7 and 8 over the real contract event records, as the platform switches them on. */
class RecordedContractEventsTest {

    private static final UUID CONTRACT = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final OpenedBid WINNER = bid(1, "boda-technology", "90000.00");
    private static final RedFlags FLAGS = RedFlags.withContracts(new RecordedContractEvents());

    private static ContractSigned signed(Instant at) {
        return new ContractSigned(CONTRACT, UUID.randomUUID(), 0, true, AWARDED_AT.plus(Duration.ofDays(30)), at);
    }

    private static ContractAmended amended(String before, String after) {
        return new ContractAmended(
                CONTRACT,
                UUID.randomUUID(),
                1,
                "Ten more pumps",
                "A new ward opened",
                new BigDecimal(before),
                new BigDecimal(after),
                AWARDED_AT.plus(Duration.ofDays(60)));
    }

    private static List<String> codes(ProcessEvents process) {
        ProcessRecord record = process.record();
        return FLAGS.of(record, new RedFlagContext(List.of(record), RedFlagSettings.defaults(), RULE)).stream()
                .map(RedFlag::code)
                .toList();
    }

    @Test
    void aLateSignatureAndARaisingAmendmentRaiseBothContractFlags() {
        ProcessEvents process = tender(1)
                .published()
                .opened(WINNER)
                .awarded(WINNER)
                .then(signed(AWARDED_AT.plus(Duration.ofDays(31))))
                .then(amended("90000.00", "95000.00"));

        assertThat(codes(process)).contains("late-contract-signature", "value-raising-amendment");
    }

    @Test
    void aSignatureIsMeasuredFromTheAwardInForceNotFromOneAComplaintCancelled() {
        OpenedBid next = bid(2, "anhe-medical", "95000.00");
        Instant reawardedAt = AWARDED_AT.plus(Duration.ofDays(40));
        ProcessEvents process = tender(1)
                .published()
                .opened(WINNER, next)
                .awarded(WINNER)
                .then(new AwardCancelled(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        WINNER.bidId(),
                        WINNER.supplierId(),
                        UUID.randomUUID(),
                        "Upheld complaint",
                        next.price(),
                        AWARDED_AT.plus(Duration.ofDays(35))))
                .awarded(next, reawardedAt)
                .then(signed(reawardedAt.plus(Duration.ofDays(20))));

        assertThat(codes(process)).doesNotContain("late-contract-signature");
    }

    @Test
    void aTimelySignatureAndALoweringAmendmentRaiseNeither() {
        ProcessEvents process = tender(1)
                .published()
                .opened(WINNER)
                .awarded(WINNER)
                .then(signed(AWARDED_AT.plus(Duration.ofDays(12))))
                .then(amended("90000.00", "85000.00"));

        assertThat(codes(process)).doesNotContain("late-contract-signature", "value-raising-amendment");
    }
}
