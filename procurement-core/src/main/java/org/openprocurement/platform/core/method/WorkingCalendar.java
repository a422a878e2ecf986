package org.openprocurement.platform.core.method;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except public holidays, plus the weekend days declared
 * working days in exchange for a holiday (China's 调休).
 *
 * @param zone the time zone in which dates of the procurement are counted
 * @param holidays weekdays that are not working days
 * @param workingWeekendDays Saturdays or Sundays that are working days
 */
public record WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    /** True when {@code day} is a working day. */
    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day on which {@code count} working days after {@code start} (not counting start) have passed. */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        LocalDate day = start;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
