package org.openprocurement.platform.api.security;

/** What a user may do on the platform; each user has exactly one role within one organisation. */
public enum Role {
    /** Procurement officer of one using agency: states needs, owns its budget lines' use. */
    OFFICER,
    /** Staff of the central purchasing agency: runs procedures on behalf of using agencies. */
    PURCHASING_AGENT,
    /** Finance and supervision department: appropriates budgets, records payments, decides complaints. */
    FINANCE,
    /** A supplier company's representative: bids and follows its own bids. */
    SUPPLIER,
    /** The audit office: reads everything, changes nothing. */
    AUDITOR,
    /** Operates the platform itself. */
    ADMIN,
    /** A member of the public who has not signed in; recorded on the disclosure requests they file. */
    PUBLIC
}
