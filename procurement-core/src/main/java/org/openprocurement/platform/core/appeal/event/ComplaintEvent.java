package org.openprocurement.platform.core.appeal.event;

import java.util.UUID;

/** A fact in the life of one complaint. */
public sealed interface ComplaintEvent permits ComplaintFiled, ComplaintDecided, ComplaintDecisionOverdue {

    /** The complaint this fact belongs to. */
    UUID complaintId();

    /** The tender complained about. */
    UUID tenderId();
}
