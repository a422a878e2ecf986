package org.openprocurement.platform.core.bid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.bid.command.ConfirmBid;
import org.openprocurement.platform.core.bid.command.SubmitBid;
import org.openprocurement.platform.core.bid.command.WithdrawBid;
import org.openprocurement.platform.core.bid.event.BidConfirmed;
import org.openprocurement.platform.core.bid.event.BidReplaced;
import org.openprocurement.platform.core.bid.event.BidSubmitted;
import org.openprocurement.platform.core.bid.event.BidWithdrawn;
import org.openprocurement.platform.core.bid.event.LateBidRejected;

/**
 * One supplier's bid in one tender: submitted, replaced, confirmed after amendments or withdrawn, always
 * before the deadline. Bids of different suppliers are separate aggregates and commit in parallel.
 */
public class Bid {

    @AggregateIdentifier
    private UUID bidId;

    private UUID tenderId;
    private String supplierId;
    private boolean active;
    private long version = -1;

    public Bid() {
        // required by Axon; a bid is created by its first submission
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public BidReceipt handle(SubmitBid command) {
        BidRules.requireAccepting(command.terms());
        if (BidRules.isLate(command.submittedAt(), command.terms())) {
            apply(new LateBidRejected(
                    command.bidId(),
                    command.tenderId(),
                    command.supplierId(),
                    command.terms().deadline(),
                    command.submittedAt()));
            return new BidReceipt(BidOutcome.REJECTED_LATE, version);
        }
        BidOutcome outcome = active ? BidOutcome.REPLACED : BidOutcome.SUBMITTED;
        if (active) {
            apply(new BidReplaced(
                    bidId,
                    tenderId,
                    supplierId,
                    command.sealedContent(),
                    command.contentDigest(),
                    command.terms().amendmentNumber(),
                    command.submittedAt()));
        } else {
            apply(new BidSubmitted(
                    command.bidId(),
                    command.tenderId(),
                    command.supplierId(),
                    command.sealedContent(),
                    command.contentDigest(),
                    command.terms().amendmentNumber(),
                    command.submittedAt()));
        }
        return new BidReceipt(outcome, version);
    }

    @CommandHandler
    public void handle(WithdrawBid command) {
        requireActiveBefore(command.terms(), command.withdrawnAt());
        apply(new BidWithdrawn(bidId, tenderId, supplierId, command.withdrawnAt()));
    }

    @CommandHandler
    public void handle(ConfirmBid command) {
        requireActiveBefore(command.terms(), command.confirmedAt());
        apply(new BidConfirmed(bidId, tenderId, supplierId, command.terms().amendmentNumber(), command.confirmedAt()));
    }

    private void requireActiveBefore(BidTerms terms, Instant at) {
        BidRules.requireAccepting(terms);
        if (BidRules.isLate(at, terms)) {
            throw new BidRefusal.DeadlinePassedException("The deadline " + terms.deadline() + " has passed.");
        }
        if (!active) {
            throw new BidRefusal.NoActiveBidException("There is no active bid.");
        }
    }

    @EventSourcingHandler
    void on(BidSubmitted event, @SequenceNumber long sequence) {
        identify(event.bidId(), event.tenderId(), event.supplierId());
        active = true;
        version = sequence;
    }

    @EventSourcingHandler
    void on(BidReplaced event, @SequenceNumber long sequence) {
        active = true;
        version = sequence;
    }

    @EventSourcingHandler
    void on(BidWithdrawn event, @SequenceNumber long sequence) {
        active = false;
        version = sequence;
    }

    @EventSourcingHandler
    void on(BidConfirmed event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(LateBidRejected event, @SequenceNumber long sequence) {
        identify(event.bidId(), event.tenderId(), event.supplierId());
        version = sequence;
    }

    private void identify(UUID bid, UUID tender, String supplier) {
        bidId = bid;
        tenderId = tender;
        supplierId = supplier;
    }
}
