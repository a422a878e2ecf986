package org.openprocurement.platform.api.redflag;

import java.time.LocalDate;
import org.openprocurement.platform.audit.redflag.RecordedContractEvents;
import org.openprocurement.platform.audit.redflag.RedFlagSettings;
import org.openprocurement.platform.audit.redflag.RedFlags;
import org.openprocurement.platform.audit.redflag.TenderingPeriodRule;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The red-flag indicators with their configured thresholds and the rule table's tendering periods. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedFlagProperties.class)
class RedFlagConfiguration {

    @Bean
    RedFlags redFlags() {
        return RedFlags.withContracts(new RecordedContractEvents());
    }

    @Bean
    RedFlagSettings redFlagSettings(RedFlagProperties properties) {
        return new RedFlagSettings(
                properties.repeatWinner().awards(), properties.repeatWinner().period());
    }

    /** The same reading of the rule table as the publication check: the deadline's day counts, not its hour. */
    @Bean
    TenderingPeriodRule tenderingPeriodRule(RuleTable table, WorkingCalendar calendar) {
        return (method, publishedAt) -> {
            LocalDate published = publishedAt.atZone(calendar.zone()).toLocalDate();
            LocalDate earliest =
                    table.forMethod(method, published).minimumTenderingPeriod().endFrom(published, calendar);
            return earliest.atStartOfDay(calendar.zone()).toInstant();
        };
    }
}
