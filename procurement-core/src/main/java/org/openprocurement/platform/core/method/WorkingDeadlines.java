package org.openprocurement.platform.core.method;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadlines of periods counted in whole working days: a period of n working days that starts on some day ends
 * when the n-th working day after that day is over (midnight in the calendar's zone), so a step taken at any
 * time on its last day is in time.
 */
public final class WorkingDeadlines {

    private WorkingDeadlines() {}

    /** The end of the {@code days}-th working day after the day on which {@code start} falls. */
    public static Instant endOfWorkingDays(Instant start, int days, WorkingCalendar calendar) {
        return afterDay(calendar.plusWorkingDays(dayOf(start, calendar), days), calendar);
    }

    /** The end of the {@code days}-th working day after the last day of a period that ended at {@code end}. */
    public static Instant endOfWorkingDaysAfter(Instant end, int days, WorkingCalendar calendar) {
        LocalDate lastDay = dayOf(end.minusNanos(1), calendar);
        return afterDay(calendar.plusWorkingDays(lastDay, days), calendar);
    }

    private static LocalDate dayOf(Instant instant, WorkingCalendar calendar) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private static Instant afterDay(LocalDate day, WorkingCalendar calendar) {
        return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }
}
