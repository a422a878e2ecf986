package org.openprocurement.platform.core.bid.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supplier withdraws its active bid before the deadline. */
public record WithdrawBid(@TargetAggregateIdentifier UUID bidId, BidTerms terms, Instant withdrawnAt) {}
