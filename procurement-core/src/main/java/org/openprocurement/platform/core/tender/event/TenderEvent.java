package org.openprocurement.platform.core.tender.event;

import java.util.UUID;

/** A fact in the life of one tender. */
public sealed interface TenderEvent
        permits TenderDrafted,
                TenderPublished,
                TenderAmended,
                TenderCancelled,
                EnquiryRaised,
                EnquiryAnswered,
                EnquiryAnswerOverdue,
                BidsOpened,
                BidQualified,
                BidDisqualified,
                TenderAwarded,
                TenderFailed,
                ProcurementSuspended,
                ProcurementResumed,
                AwardCancelled {

    /** The tender this fact belongs to. */
    UUID tenderId();
}
