package org.openprocurement.platform.core.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class WithoutHolidays {

        private final WorkingCalendar calendar = new WorkingCalendar(SHANGHAI, Set.of(), Set.of());

        @Test
        void mondayToFridayAreWorkingDays() {
            for (LocalDate d = day("2026-03-02"); d.isBefore(day("2026-03-07")); d = d.plusDays(1)) {
                assertThat(calendar.isWorkingDay(d)).as("%s", d).isTrue();
            }
        }

        @Test
        void saturdayAndSundayAreNot() {
            assertThat(calendar.isWorkingDay(day("2026-03-07"))).isFalse();
            assertThat(calendar.isWorkingDay(day("2026-03-08"))).isFalse();
        }

        @Test
        void oneWorkingDayAfterAFridayIsTheMonday() {
            assertThat(calendar.plusWorkingDays(day("2026-03-06"), 1)).isEqualTo(day("2026-03-09"));
        }

        @Test
        void theStartDayIsNotCounted() {
            assertThat(calendar.plusWorkingDays(day("2026-03-02"), 1)).isEqualTo(day("2026-03-03"));
        }

        @Test
        void noWorkingDaysAfterADayIsThatDay() {
            assertThat(calendar.plusWorkingDays(day("2026-03-07"), 0)).isEqualTo(day("2026-03-07"));
        }

        @Test
        void fiveWorkingDaysAfterAWednesdayIsTheNextWednesday() {
            assertThat(calendar.plusWorkingDays(day("2026-03-04"), 5)).isEqualTo(day("2026-03-11"));
        }
    }

    @Test
    void aHolidayIsSkipped() {
        // Qingming 2026: Monday 6 April is the public holiday.
        WorkingCalendar calendar = new WorkingCalendar(SHANGHAI, Set.of(day("2026-04-06")), Set.of());

        assertThat(calendar.isWorkingDay(day("2026-04-06"))).isFalse();
        assertThat(calendar.plusWorkingDays(day("2026-04-03"), 1)).isEqualTo(day("2026-04-07"));
    }

    @Test
    void aSaturdayDeclaredAWorkingDayIsCounted() {
        WorkingCalendar calendar = new WorkingCalendar(SHANGHAI, Set.of(), Set.of(day("2026-03-07")));

        assertThat(calendar.isWorkingDay(day("2026-03-07"))).isTrue();
        assertThat(calendar.plusWorkingDays(day("2026-03-06"), 1)).isEqualTo(day("2026-03-07"));
    }

    @Test
    void theCalendarKeepsItsOwnCopyOfTheDays() {
        Set<LocalDate> holidays = new HashSet<>();
        WorkingCalendar calendar = new WorkingCalendar(SHANGHAI, holidays, Set.of());
        holidays.add(day("2026-03-02"));

        assertThat(calendar.isWorkingDay(day("2026-03-02"))).isTrue();
    }

    /**
     * National Day week 2026, a self-consistent invented arrangement: 1 October 2026 is a Thursday. The holidays
     * that fall on weekdays are Thu 1, Fri 2, Mon 5, Tue 6 and Wed 7 October (Sat 3 and Sun 4 are off anyway);
     * in exchange (调休) Sunday 27 September and Saturday 10 October are working days.
     */
    @Nested
    class AcrossTheNationalDayWeek2026 {

        private final WorkingCalendar calendar = new WorkingCalendar(
                SHANGHAI,
                Set.of(day("2026-10-01"), day("2026-10-02"), day("2026-10-05"), day("2026-10-06"), day("2026-10-07")),
                Set.of(day("2026-09-27"), day("2026-10-10")));

        @Test
        void noDayFromTheFirstToTheSeventhOfOctoberIsAWorkingDay() {
            for (LocalDate d = day("2026-10-01"); d.isBefore(day("2026-10-08")); d = d.plusDays(1)) {
                assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
            }
        }

        @Test
        void theWorkingDayAfterTheLastOfSeptemberIsTheEighthOfOctober() {
            assertThat(calendar.plusWorkingDays(day("2026-09-30"), 1)).isEqualTo(day("2026-10-08"));
        }

        @Test
        void threeWorkingDaysAfterTheLastOfSeptemberEndOnTheWorkingSaturday() {
            // Thu 8, Fri 9, Sat 10 (a working Saturday).
            assertThat(calendar.plusWorkingDays(day("2026-09-30"), 3)).isEqualTo(day("2026-10-10"));
        }

        @Test
        void theWorkingSundayBeforeTheHolidaysCounts() {
            // From Friday 25 September: Sun 27, Mon 28, Tue 29, Wed 30, then nothing until Thu 8 October.
            assertThat(calendar.plusWorkingDays(day("2026-09-25"), 1)).isEqualTo(day("2026-09-27"));
            assertThat(calendar.plusWorkingDays(day("2026-09-25"), 5)).isEqualTo(day("2026-10-08"));
        }

        @Test
        void anOrdinarySundayAfterTheHolidaysIsStillOff() {
            assertThat(calendar.isWorkingDay(day("2026-10-11"))).isFalse();
        }
    }
}
