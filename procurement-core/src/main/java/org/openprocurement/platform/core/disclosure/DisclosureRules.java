package org.openprocurement.platform.core.disclosure;

import java.time.Instant;
import java.util.Set;

/** When a process may be classified and a field withheld until an access date. */
public final class DisclosureRules {

    /**
     * The OCDS paths that can be withheld: the budget, the estimate, what is bought and the award value.
     * Withholding {@code tender.value} also withholds {@code planning.budget}, whose amount is the estimate.
     */
    public static final Set<String> WITHHOLDABLE_FIELDS =
            Set.of("planning.budget", "tender.value", "tender.items", "awards.value");

    private DisclosureRules() {}

    /** Decisions on disclosure are taken before publication: what was published cannot be withdrawn. */
    public static void requireNotPublished(boolean processPublished) {
        if (processPublished) {
            throw new DisclosureRefusal.ProcessAlreadyPublishedException(
                    "The process is published; its classification and deferrals were fixed at publication.");
        }
    }

    /** Anything short of full publication needs a written reason (EU 2014/24 art. 50(4); PRC GPL art. 85). */
    public static void requireJustification(Classification classification, String justification) {
        if (classification != Classification.PUBLIC && (justification == null || justification.isBlank())) {
            throw new DisclosureRefusal.JustificationRequiredException(
                    "A " + classification + " classification needs a written justification.");
        }
    }

    /** A deferral names a withholdable field, a reason and an access date after now. */
    public static void requireDeferrable(String field, String justification, Instant disclosableAt, Instant now) {
        if (!WITHHOLDABLE_FIELDS.contains(field)) {
            throw new DisclosureRefusal.UnknownDisclosureFieldException("Only "
                    + WITHHOLDABLE_FIELDS.stream().sorted().toList() + " can be deferred, not '" + field + "'.");
        }
        if (justification == null || justification.isBlank()) {
            throw new DisclosureRefusal.JustificationRequiredException("A deferral needs a written justification.");
        }
        if (!disclosableAt.isAfter(now)) {
            throw new DisclosureRefusal.AccessDateException("The access date must lie in the future.");
        }
    }
}
