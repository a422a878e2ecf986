package org.openprocurement.platform.core.tender;

import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.core.tender.event.OpenedBid;

/**
 * Where sealed bids wait for the opening. Only the opening of the tender reads it; the web module keeps the
 * contents encrypted and implements this port.
 */
public interface TenderBox {

    /** Unseals every active bid of the tender; {@code amendmentNumber} decides which bids count. */
    List<OpenedBid> unseal(UUID tenderId, int amendmentNumber);
}
