package org.openprocurement.platform.core.method;

/** What is bought; the minimum weight of price in scoring depends on it. */
public enum ProcurementCategory {
    GOODS,
    SERVICES,
    WORKS
}
