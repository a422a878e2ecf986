package org.openprocurement.platform.core.appeal;

/**
 * What a supplier challenges; each starts the 7 working days of PRC Government Procurement Law art. 52 on a
 * different day (Implementing Regulations of the Government Procurement Law art. 53; MOF Order No. 94 (2017) art. 10).
 */
public enum ChallengeSubject {
    /** The tender documents: from their publication or their last amendment. */
    DOCUMENTS,
    /** The conduct of the procedure: from the end of the tendering period. */
    PROCEDURE,
    /** The result: from the award notice. */
    RESULT
}
