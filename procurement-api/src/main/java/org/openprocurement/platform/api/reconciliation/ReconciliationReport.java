package org.openprocurement.platform.api.reconciliation;

import java.util.List;

/**
 * The event store compared with every read model kept in the commands' transactions, in one snapshot.
 *
 * @param consistent whether every table equals its rebuild from the events, row for row
 * @param events how many events were replayed
 * @param millis how long the rebuild and the comparison took
 * @param tables one line per read-model table
 */
public record ReconciliationReport(boolean consistent, long events, long millis, List<Table> tables) {

    /**
     * One read-model table.
     *
     * @param missing rows the events call for that the live table lacks (or holds otherwise)
     * @param unexpected live rows that no event accounts for (or that the events say otherwise)
     * @param keys the first column of up to five differing rows, to look them up
     */
    public record Table(
            String table, long liveRows, long rebuiltRows, long missing, long unexpected, List<String> keys) {

        boolean consistent() {
            return missing == 0 && unexpected == 0;
        }
    }
}
