package org.openprocurement.platform.audit.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.RULE;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.bid;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.tender;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.OpenedBid;

/** The standard set of indicators: flags in indicator order, the same on every computation. */
class RedFlagsTest {

    private static final OpenedBid ANHE = bid(1, "anhe-medical", "95000.00");

    private static RedFlagContext alone(ProcessRecord process) {
        return new RedFlagContext(List.of(process), RedFlagSettings.defaults(), RULE);
    }

    @Test
    void theStandardSetReportsFlagsInIndicatorOrderAndTheSameTwice() {
        ProcessRecord process = tender(1)
                .method(ProcurementMethod.REQUEST_FOR_QUOTATION)
                .publishedFor(Duration.ofDays(5))
                .opened(ANHE, bid(2, "boda-technology", "95000"), bid(3, "chenguang-office", "60000"))
                .disqualified(bid(3, "chenguang-office", "60000"))
                .awarded(ANHE)
                .record();
        RedFlags flags = RedFlags.standard();

        List<RedFlag> first = flags.of(process, alone(process));

        assertThat(first)
                .extracting(RedFlag::code)
                .containsExactly("short-tendering-period", "lowest-bid-disqualified", "identical-bid-prices");
        assertThat(flags.of(new ProcessRecord(process.processId(), List.copyOf(process.events())), alone(process)))
                .isEqualTo(first);
        assertThat(flags.indicators())
                .extracting(Indicator::code)
                .doesNotHaveDuplicates()
                .hasSize(7);
    }
}
