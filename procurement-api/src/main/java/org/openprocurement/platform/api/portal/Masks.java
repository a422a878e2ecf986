package org.openprocurement.platform.api.portal;

import java.util.Set;

/** Which rendered values each masked OCDS path withholds. */
final class Masks {

    static final String TENDER_VALUE = "tender.value";
    static final String TENDER_ITEMS = "tender.items";
    static final String AWARDS_VALUE = "awards.value";
    static final String PLANNING_BUDGET = "planning.budget";

    private Masks() {}

    /** The estimate stands for the tender's value and for its budget. */
    static boolean budgetWithheld(Set<String> masked) {
        return masked.contains(TENDER_VALUE) || masked.contains(PLANNING_BUDGET);
    }

    static boolean itemsWithheld(Set<String> masked) {
        return masked.contains(TENDER_ITEMS);
    }

    /**
     * Award values, and with them the opened prices: the winning price read out at the opening is the award
     * value, so showing the prices would disclose what is withheld.
     */
    static boolean awardValueWithheld(Set<String> masked) {
        return masked.contains(AWARDS_VALUE);
    }
}
