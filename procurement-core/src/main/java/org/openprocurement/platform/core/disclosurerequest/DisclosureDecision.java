package org.openprocurement.platform.core.disclosurerequest;

/** How an agency decided a request for disclosure (Regulations on Open Government Information art. 36). */
public enum DisclosureDecision {
    /** The information is disclosed in full. */
    GRANTED,
    /** Part of the information is disclosed; the rest is withheld on stated grounds. */
    PARTLY_GRANTED,
    /** Nothing is disclosed, on stated grounds. */
    REFUSED
}
