package org.openprocurement.platform.core.method;

import java.time.LocalDate;

/**
 * A period counted in calendar days or in working days.
 *
 * @param amount how many days
 * @param workingDays true when only working days of the calendar count
 */
public record TimeLimit(int amount, boolean workingDays) {

    /** Parses {@code "20 days"} or {@code "3 working-days"}. */
    public static TimeLimit parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2 || !(parts[1].equals("days") || parts[1].equals("working-days"))) {
            throw new IllegalArgumentException("Not a time limit: " + text);
        }
        int amount = Integer.parseInt(parts[0]);
        if (amount < 0) {
            throw new IllegalArgumentException("A time limit is not negative: " + text);
        }
        return new TimeLimit(amount, parts[1].equals("working-days"));
    }

    /** The last day of the period that starts the day after {@code start}. */
    public LocalDate endFrom(LocalDate start, WorkingCalendar calendar) {
        return workingDays ? calendar.plusWorkingDays(start, amount) : start.plusDays(amount);
    }

    @Override
    public String toString() {
        return amount + (workingDays ? " working days" : " days");
    }
}
