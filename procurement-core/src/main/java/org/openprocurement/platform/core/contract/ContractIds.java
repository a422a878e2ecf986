package org.openprocurement.platform.core.contract;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifier of the contract that follows an award. It is derived from the award, so an award has exactly
 * one contract stream and a retried award can never open a second contract.
 */
public final class ContractIds {

    private ContractIds() {}

    /** The contract identifier of the award {@code awardId}. */
    public static UUID of(UUID awardId) {
        return UUID.nameUUIDFromBytes(("contract|" + awardId).getBytes(StandardCharsets.UTF_8));
    }
}
