package org.openprocurement.platform.core.tender;

/** Where a tender stands in its life. */
public enum TenderStatus {
    DRAFT,
    PUBLISHED,
    /** The deadline passed and the bids were opened; evaluation follows. */
    OPENED,
    /** The top-ranked qualified bid was awarded; the standstill runs. */
    AWARDED,
    /** Too few qualified bids, or every bid above the budget (废标). */
    FAILED,
    CANCELLED
}
