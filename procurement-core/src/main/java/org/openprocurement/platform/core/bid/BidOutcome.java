package org.openprocurement.platform.core.bid;

/** What became of a submission. */
public enum BidOutcome {
    /** The bid is on record as the supplier's active bid. */
    SUBMITTED,
    /** The bid replaced the supplier's earlier active bid. */
    REPLACED,
    /** The bid came at or after the deadline; the attempt is on record, the bid is not. */
    REJECTED_LATE
}
