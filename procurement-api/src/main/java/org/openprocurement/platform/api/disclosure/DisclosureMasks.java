package org.openprocurement.platform.api.disclosure;

import java.util.HashSet;
import java.util.Set;

/** Which fields withholding a field withholds as well, so that no other field gives it away. */
public final class DisclosureMasks {

    private DisclosureMasks() {}

    /**
     * The masked fields with what they imply: the budget amount committed at publication is the estimate, so
     * masking {@code tender.value} masks {@code planning.budget}; the winning price is the award value, so
     * masking {@code awards.value} masks the opened bid prices and the ranking ({@code bids.details.value}, as the OCDS bids extension
     * names them).
     */
    public static Set<String> implied(Set<String> masked) {
        Set<String> all = new HashSet<>(masked);
        if (masked.contains("tender.value")) {
            all.add("planning.budget");
        }
        if (masked.contains("awards.value")) {
            all.add("bids.details.value");
        }
        return all;
    }
}
