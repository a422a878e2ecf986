package org.openprocurement.platform.core.contract.event;

import java.util.UUID;

/** A fact in the life of one procurement contract. */
public sealed interface ContractEvent
        permits ContractCreated,
                ContractSigned,
                ContractSignatureOverdue,
                MilestoneAdded,
                MilestoneMet,
                PaymentRecorded,
                ContractAmended,
                ContractCompleted,
                ContractTerminated,
                ContractEvaluated {

    /** The contract this fact belongs to. */
    UUID contractId();
}
