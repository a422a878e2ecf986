package org.openprocurement.platform.audit.redflag;

import java.util.List;

/**
 * What an indicator may read beyond the process itself.
 *
 * @param buyerProcesses every process of the same buying organisation, the assessed one included
 * @param settings the configured thresholds
 * @param tenderingPeriods the legal minimum tendering periods
 */
public record RedFlagContext(
        List<ProcessRecord> buyerProcesses, RedFlagSettings settings, TenderingPeriodRule tenderingPeriods) {

    public RedFlagContext {
        buyerProcesses = List.copyOf(buyerProcesses);
    }
}
