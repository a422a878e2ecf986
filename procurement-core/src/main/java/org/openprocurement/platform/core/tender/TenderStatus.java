package org.openprocurement.platform.core.tender;

/** Where a tender stands in its life. */
public enum TenderStatus {
    DRAFT,
    PUBLISHED,
    /** The deadline passed and the bids were opened; evaluation follows. */
    OPENED,
    CANCELLED
}
