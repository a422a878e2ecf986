package org.openprocurement.platform.core.method;

import java.time.LocalDate;

/**
 * One row of a rule table.
 *
 * @param method the method it applies to, or null for every method
 * @param name the rule's name, for example {@code minimum-tendering-period}
 * @param value the rule's value as written in the table
 * @param source the legal source
 * @param effectiveFrom the first day on which it applies
 */
public record Rule(ProcurementMethod method, String name, String value, String source, LocalDate effectiveFrom) {}
