package org.openprocurement.platform.core.disclosurerequest.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.openprocurement.platform.core.disclosurerequest.DisclosureDecision;

/**
 * The responsible agency answers a disclosure request: granted, partly granted or refused.
 *
 * @param information the information disclosed, or where it is published (granted and partly granted)
 * @param grounds the legal grounds for withholding information (partly granted and refused)
 */
public record AnswerDisclosureRequest(
        @TargetAggregateIdentifier UUID requestId,
        DisclosureDecision decision,
        String information,
        String grounds,
        @TargetAggregateVersion Long expectedVersion,
        Instant answeredAt) {}
