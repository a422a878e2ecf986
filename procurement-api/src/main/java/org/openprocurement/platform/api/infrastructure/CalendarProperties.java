package org.openprocurement.platform.api.infrastructure;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day calendar used to count periods given in working days.
 *
 * @param holidays weekdays on which offices are closed
 * @param workingWeekendDays Saturdays and Sundays worked in exchange for a holiday
 */
@ConfigurationProperties("procurement.calendar")
public record CalendarProperties(List<LocalDate> holidays, List<LocalDate> workingWeekendDays) {

    public CalendarProperties {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingWeekendDays = workingWeekendDays == null ? List.of() : List.copyOf(workingWeekendDays);
    }
}
