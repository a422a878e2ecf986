package org.openprocurement.platform.api.disclosurerequest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openprocurement.platform.core.disclosurerequest.DisclosureDecision;

/**
 * The agency's answer to a disclosure request.
 *
 * @param decision GRANTED, PARTLY_GRANTED or REFUSED
 * @param information what is disclosed, or where it is published (granted and partly granted)
 * @param grounds the legal grounds for withholding (partly granted and refused)
 */
public record DisclosureAnswerRequest(
        @NotNull DisclosureDecision decision,
        @Size(max = 20000) String information,
        @Size(max = 5000) String grounds) {}
