package org.openprocurement.platform.core.contract;

/** Who rates a completed procedure in an efficiency evaluation; each party rates once per contract. */
public enum EvaluatingParty {
    USING_AGENCY,
    PURCHASING_AGENCY,
    SUPPLIER
}
