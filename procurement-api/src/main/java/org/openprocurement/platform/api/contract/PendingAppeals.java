package org.openprocurement.platform.api.contract;

import java.util.UUID;

/** Whether a challenge or complaint about a tender is still open; a contract cannot be signed while one is. */
public interface PendingAppeals {

    /** The number of challenges and complaints about the tender that are neither answered nor decided. */
    int pendingFor(UUID tenderId);
}
