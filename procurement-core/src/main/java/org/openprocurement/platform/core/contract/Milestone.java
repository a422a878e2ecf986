package org.openprocurement.platform.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone as the contract keeps it: what, when, whether met, and what was paid against it. */
record Milestone(MilestoneType type, LocalDate dueDate, BigDecimal amount, boolean met, BigDecimal paid) {

    Milestone metNow() {
        return new Milestone(type, dueDate, amount, true, paid);
    }

    Milestone paid(BigDecimal more) {
        return new Milestone(type, dueDate, amount, met, paid.add(more));
    }
}
