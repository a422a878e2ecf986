package org.openprocurement.platform.api.supervision;

/**
 * How many steps one organisation let go overdue.
 *
 * @param open still not taken
 * @param doneLate taken after their deadline
 */
public record OverdueSummary(String organisationId, long open, long doneLate) {}
