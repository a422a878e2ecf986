package org.openprocurement.platform.core.disclosure;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a disclosure decision can be refused; each names the rule it enforces. */
public abstract sealed class DisclosureRefusal extends DomainRefusal
        permits DisclosureRefusal.ProcessAlreadyPublishedException,
                DisclosureRefusal.JustificationRequiredException,
                DisclosureRefusal.UnknownDisclosureFieldException,
                DisclosureRefusal.AccessDateException,
                DisclosureRefusal.AlreadyDeferredException {

    private DisclosureRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** What was published cannot be withdrawn: classification and deferrals are decided before publication. */
    public static final class ProcessAlreadyPublishedException extends DisclosureRefusal {
        public ProcessAlreadyPublishedException(String message) {
            super("process-already-published", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** Withholding anything from the public needs a written justification. */
    public static final class JustificationRequiredException extends DisclosureRefusal {
        public JustificationRequiredException(String message) {
            super("disclosure-justification-missing", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Only the fields the disclosure mapping knows can be deferred. */
    public static final class UnknownDisclosureFieldException extends DisclosureRefusal {
        public UnknownDisclosureFieldException(String message) {
            super("unknown-disclosure-field", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The access date of a deferred field lies in the future. */
    public static final class AccessDateException extends DisclosureRefusal {
        public AccessDateException(String message) {
            super("access-date", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A field is deferred once; its access date is not moved afterwards. */
    public static final class AlreadyDeferredException extends DisclosureRefusal {
        public AlreadyDeferredException(String message) {
            super("already-deferred", RefusalKind.STATE_CONFLICT, message);
        }
    }
}
