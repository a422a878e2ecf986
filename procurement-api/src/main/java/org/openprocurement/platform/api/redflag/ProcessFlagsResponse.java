package org.openprocurement.platform.api.redflag;

import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.audit.redflag.RedFlag;

/**
 * The red flags of one procurement process.
 *
 * @param buyerId the using agency that buys
 * @param flags each raised indicator with what was found and the ids of the events it rests on
 */
record ProcessFlagsResponse(UUID processId, String buyerId, List<RedFlag> flags) {

    static ProcessFlagsResponse of(ProcessFlags.Assessed assessed) {
        return new ProcessFlagsResponse(assessed.processId(), assessed.buyerId(), assessed.flags());
    }
}
