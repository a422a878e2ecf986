package org.openprocurement.platform.core.shared;

/** How a refusal is answered: a broken rule (422), a state conflict (409) or an unknown object (404). */
public enum RefusalKind {
    RULE_BROKEN,
    STATE_CONFLICT,
    NOT_FOUND
}
