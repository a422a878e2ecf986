package org.openprocurement.platform.api.portal;

import java.util.List;
import java.util.UUID;

/**
 * The contracts and payments of a process that the portal shows. The contracts module implements it; until a
 * bean exists the portal says that no contract has been published through it.
 */
public interface ContractDisclosure {

    /** The public contracts of the process with their payments, oldest first; empty when there is none. */
    List<PublicContract> contractsOf(UUID processId);
}
