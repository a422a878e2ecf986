package org.openprocurement.platform.core.bid.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supplier confirms its active bid against the tender as last amended, so that it counts. */
public record ConfirmBid(@TargetAggregateIdentifier UUID bidId, BidTerms terms, Instant confirmedAt) {}
