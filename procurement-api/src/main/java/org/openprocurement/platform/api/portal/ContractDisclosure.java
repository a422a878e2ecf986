package org.openprocurement.platform.api.portal;

import java.util.List;
import java.util.UUID;

/**
 * The contracts and payments of a process that the portal shows, already filtered by the disclosure policy. The
 * contracts module implements it; without a bean the portal says that no contract is published through it.
 */
public interface ContractDisclosure {

    /** The signed contracts of a public process with their milestones and payments, oldest first; else empty. */
    List<PublicContract> contractsOf(UUID processId);

    /** The efficiency ratings an agency received on the contracts of public processes. */
    PublicRating ratingOf(String agencyId);
}
