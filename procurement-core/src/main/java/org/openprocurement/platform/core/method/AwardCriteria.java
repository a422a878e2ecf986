package org.openprocurement.platform.core.method;

/** How the winning bid is chosen. */
public enum AwardCriteria {
    /** The qualified bid with the lowest price wins. */
    LOWEST_PRICE,
    /** Published weighted criteria, price among them; the highest total score wins. */
    COMPREHENSIVE_SCORING
}
