package org.openprocurement.platform.audit.redflag;

import java.time.Instant;
import java.util.Optional;
import org.openprocurement.platform.core.contract.event.ContractAmended;
import org.openprocurement.platform.core.contract.event.ContractSigned;

/** The contract indicators' reading of the recorded contract events: signatures and amendments of the value. */
public final class RecordedContractEvents implements ContractEvents {

    @Override
    public Optional<Instant> signedAt(Object event) {
        return event instanceof ContractSigned signed ? Optional.of(signed.signedAt()) : Optional.empty();
    }

    @Override
    public Optional<ValueChange> valueChange(Object event) {
        return event instanceof ContractAmended amended
                ? Optional.of(new ValueChange(amended.previousValue(), amended.newValue()))
                : Optional.empty();
    }
}
