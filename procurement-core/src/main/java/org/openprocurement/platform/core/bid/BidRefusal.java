package org.openprocurement.platform.core.bid;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a bid can refuse a command. A late bid is not refused here: it is rejected on the record. */
public abstract sealed class BidRefusal extends DomainRefusal
        permits BidRefusal.NotAcceptingBidsException,
                BidRefusal.NotInvitedException,
                BidRefusal.NoActiveBidException,
                BidRefusal.DeadlinePassedException {

    private BidRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** The tender is not published, or was cancelled. */
    public static final class NotAcceptingBidsException extends BidRefusal {
        public NotAcceptingBidsException(String message) {
            super("tender-not-accepting-bids", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** The method admits only invited suppliers, and this one was not invited. */
    public static final class NotInvitedException extends BidRefusal {
        public NotInvitedException(String message) {
            super("not-invited", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The supplier has no active bid to withdraw or confirm. */
    public static final class NoActiveBidException extends BidRefusal {
        public NoActiveBidException(String message) {
            super("no-active-bid", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** The deadline has passed: a bid can no longer be withdrawn or confirmed. */
    public static final class DeadlinePassedException extends BidRefusal {
        public DeadlinePassedException(String message) {
            super("deadline-passed", RefusalKind.STATE_CONFLICT, message);
        }
    }
}
