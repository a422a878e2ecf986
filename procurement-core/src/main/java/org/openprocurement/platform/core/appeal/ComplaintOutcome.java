package org.openprocurement.platform.core.appeal;

/** How the finance (supervision) department decides a complaint (PRC Government Procurement Law art. 56). */
public enum ComplaintOutcome {
    /** The complaint is unfounded; the procurement continues. */
    DISMISSED,
    /** Upheld, but it does not affect the result: the procurement continues (MOF Order No. 94 (2017) art. 32). */
    UPHELD_NO_EFFECT,
    /**
     * Upheld: the award is void and the purchasing agency awards the next-ranked qualified bid, when enough
     * qualified bids remain (MOF Order No. 94 (2017) art. 32(2)).
     */
    AWARD_CANCELLED,
    /** Upheld: the procurement must be run again (MOF Order No. 94 (2017) art. 31, 32). */
    REPROCUREMENT_ORDERED
}
