package org.openprocurement.platform.audit.redflag;

import java.util.List;

/**
 * One risk indicator raised on a procurement process: a reason to look closer, never a finding of wrongdoing.
 *
 * @param code the indicator's stable code, for example {@code single-bid}
 * @param title what the indicator says, in a line
 * @param detail what was found in this process, with its figures
 * @param eventIds the identifiers of the recorded events the flag rests on, in log order
 */
public record RedFlag(String code, String title, String detail, List<String> eventIds) {

    public RedFlag {
        eventIds = List.copyOf(eventIds);
    }
}
