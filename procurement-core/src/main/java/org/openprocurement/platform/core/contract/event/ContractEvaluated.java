package org.openprocurement.platform.core.contract.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.contract.EvaluatingParty;

/** One party rated the efficiency of the completed procedure from 1 to 5, with a comment. */
@Revision("1")
public record ContractEvaluated(
        UUID contractId, EvaluatingParty party, String organisationId, int score, String comment, Instant evaluatedAt)
        implements ContractEvent {}
