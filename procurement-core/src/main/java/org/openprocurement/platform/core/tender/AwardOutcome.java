package org.openprocurement.platform.core.tender;

/** What concluding the evaluation produced. */
public enum AwardOutcome {
    /** The top-ranked qualified bid was awarded. */
    AWARDED,
    /** The tender failed and the failure is on the record. */
    FAILED
}
