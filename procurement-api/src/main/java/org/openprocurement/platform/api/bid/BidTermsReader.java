package org.openprocurement.platform.api.bid;

import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.springframework.stereotype.Component;

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
