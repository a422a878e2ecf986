package org.openprocurement.platform.core.tender;

import java.time.Instant;

/** Where in its life a tender must stand for a command to be taken; each guard refuses with the reason. */
final class TenderGuards {

    private TenderGuards() {}

    /** The tender stands exactly where the action needs it. */
    static void requireStatus(TenderStatus status, TenderStatus expected, String action) {
        if (status != expected) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The tender is " + status + "; it can be " + action + " only when " + expected + ".");
        }
    }

    /** The tender is published and its deadline has not passed at {@code at}. */
    static void requireOpenForBids(TenderStatus status, Instant tenderPeriodEnd, Instant at, String action) {
        requireStatus(status, TenderStatus.PUBLISHED, action);
        if (!at.isBefore(tenderPeriodEnd)) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The deadline has passed; the tender cannot be " + action + ".");
        }
    }

    /** The procurement is under way: published, opened or awarded. */
    static void requireRunning(TenderStatus status, String action) {
        if (status != TenderStatus.PUBLISHED && status != TenderStatus.OPENED && status != TenderStatus.AWARDED) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The tender is " + status + " and can no longer be " + action + ".");
        }
    }

    /** The tender has not ended yet: it is neither cancelled, awarded nor failed. */
    static void requireCancellable(TenderStatus status) {
        if (status == TenderStatus.CANCELLED || status == TenderStatus.AWARDED || status == TenderStatus.FAILED) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The tender is " + status + " and can no longer be cancelled.");
        }
    }

    /** A cancelled tender takes nothing more. */
    static void requireNotCancelled(TenderStatus status) {
        if (status == TenderStatus.CANCELLED) {
            throw new TenderRefusal.WrongTenderStateException("The tender is cancelled.");
        }
    }
}
