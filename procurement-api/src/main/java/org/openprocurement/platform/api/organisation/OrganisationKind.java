package org.openprocurement.platform.api.organisation;

/** The kinds of organisation that take part in public procurement. */
public enum OrganisationKind {
    USING_AGENCY,
    PURCHASING_AGENCY,
    SUPPLIER,
    FINANCE_DEPARTMENT,
    AUDIT_OFFICE,
    PLATFORM_OPERATOR
}
