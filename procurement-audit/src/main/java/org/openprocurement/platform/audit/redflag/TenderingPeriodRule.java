package org.openprocurement.platform.audit.redflag;

import java.time.Instant;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** The legal minimum tendering period of a method, as the platform's rule table states it on a day. */
@FunctionalInterface
public interface TenderingPeriodRule {

    /** The earliest bid deadline a tender of {@code method} published at {@code publishedAt} may have. */
    Instant earliestDeadline(ProcurementMethod method, Instant publishedAt);
}
