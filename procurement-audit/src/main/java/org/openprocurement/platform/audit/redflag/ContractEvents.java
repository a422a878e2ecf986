package org.openprocurement.platform.audit.redflag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * How the contract indicators read a process's contract events: implemented over the contract event records
 * once contracts are on the record, so the indicators themselves need no change.
 */
public interface ContractEvents {

    /** The instant the contract was signed, when the event records a signature. */
    Optional<Instant> signedAt(Object event);

    /** The contract value before and after, when the event records an amendment. */
    Optional<ValueChange> valueChange(Object event);

    /**
     * An amendment's effect on the contract value.
     *
     * @param before the value before the amendment
     * @param after the value after it
     */
    record ValueChange(BigDecimal before, BigDecimal after) {}
}
