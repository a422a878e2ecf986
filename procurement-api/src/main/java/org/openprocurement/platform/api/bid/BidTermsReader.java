package org.openprocurement.platform.api.bid;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The tender's terms for one supplier's bid, as the rule table in force applies them. */
@Component
class BidTermsReader {

    private final BidQueries queries;
    private final RuleTable rules;
    private final WorkingCalendar calendar;

    BidTermsReader(BidQueries queries, RuleTable rules, WorkingCalendar calendar) {
        this.queries = queries;
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The tender as bids see it; an unknown tender and a draft do not exist for bids. */
    TenderTerms tender(UUID tenderId, String supplierId) {
        return queries.tender(tenderId, supplierId)
                .filter(tender -> !tender.draft())
                .orElseThrow(() -> new NotFoundException("tender", tenderId));
    }

    /**
     * The tender as bids see it, read once per transaction: every bid of a batch runs under the tender's shared
     * lock, which keeps the terms from changing until the transaction ends, so they read the same row.
     */
    TenderForBids forBids(UUID tenderId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(tenderId);
        }
        @SuppressWarnings("unchecked")
        Map<UUID, TenderForBids> read = (Map<UUID, TenderForBids>) TransactionSynchronizationManager.getResource(this);
        if (read == null) {
            Map<UUID, TenderForBids> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BidTermsReader.this);
                }
            });
            read = fresh;
        }
        return read.computeIfAbsent(tenderId, this::read);
    }

    private TenderForBids read(UUID tenderId) {
        return queries.tenderForBids(tenderId)
                .filter(tender -> !"DRAFT".equals(tender.status()))
                .orElseThrow(() -> new NotFoundException("tender", tenderId));
    }

    /** The terms of a bid command sent at {@code now}. */
    BidTerms at(TenderTerms tender, Instant now) {
        boolean invitationOnly = rules.forMethod(
                        tender.method(), now.atZone(calendar.zone()).toLocalDate())
                .invitationOnly();
        return new BidTerms(
                tender.acceptingBids(),
                tender.deadline(),
                tender.amendmentNumber(),
                !invitationOnly || tender.invited());
    }
}
