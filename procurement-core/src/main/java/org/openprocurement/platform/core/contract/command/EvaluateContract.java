package org.openprocurement.platform.core.contract.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openprocurement.platform.core.contract.EvaluatingParty;

/** One party rates the efficiency of the completed procedure from 1 to 5, with a comment. */
public record EvaluateContract(
        @TargetAggregateIdentifier UUID contractId,
        EvaluatingParty party,
        String organisationId,
        int score,
        String comment,
        Instant evaluatedAt) {}
