package org.openprocurement.platform.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeLimitTest {

    private static final WorkingCalendar NO_HOLIDAYS =
            new WorkingCalendar(ZoneId.of("Asia/Shanghai"), Set.of(), Set.of());
    private static final LocalDate FRIDAY = LocalDate.parse("2026-03-06");

    @Test
    void calendarDaysAreWrittenAsDays() {
        assertThat(TimeLimit.parse("20 days")).isEqualTo(new TimeLimit(20, false));
    }

    @Test
    void workingDaysAreWrittenAsWorkingDays() {
        assertThat(TimeLimit.parse("3 working-days")).isEqualTo(new TimeLimit(3, true));
    }

    @Test
    void surroundingAndRepeatedBlanksDoNotMatter() {
        assertThat(TimeLimit.parse("  15   days ")).isEqualTo(new TimeLimit(15, false));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "20",
                "days",
                "20 weeks",
                "20 Days",
                "20 day",
                "3 working days",
                "twenty days",
                "20 days or so",
                "20days"
            })
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> TimeLimit.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodOfCalendarDaysEndsThatManyDaysAfterItsStartWeekendsIncluded() {
        assertThat(new TimeLimit(3, false).endFrom(FRIDAY, NO_HOLIDAYS)).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void aPeriodOfWorkingDaysSkipsTheWeekend() {
        assertThat(new TimeLimit(3, true).endFrom(FRIDAY, NO_HOLIDAYS)).isEqualTo(LocalDate.parse("2026-03-11"));
    }

    @Test
    void itReadsTheWayTheRuleTableWritesIt() {
        assertThat(TimeLimit.parse("3 working-days")).hasToString("3 working days");
        assertThat(TimeLimit.parse("20 days")).hasToString("20 days");
    }
}
