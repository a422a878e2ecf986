package org.openprocurement.platform.core.contract;

/** Where a contract stands: awaiting signature, signed and being performed, completed, or terminated. */
public enum ContractStatus {
    AWAITING_SIGNATURE,
    SIGNED,
    COMPLETED,
    TERMINATED
}
