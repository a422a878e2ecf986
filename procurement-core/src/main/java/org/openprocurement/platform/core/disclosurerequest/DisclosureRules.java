package org.openprocurement.platform.core.disclosurerequest;

import java.time.Instant;
import java.time.LocalDate;
import org.openprocurement.platform.core.method.WorkingCalendar;

/**
 * The time limits and the content rules of disclosure on request (依申请公开).
 *
 * <p>Regulations of the PRC on Open Government Information (2007) art. 24: an agency that cannot answer on the
 * spot answers within 15 working days of receipt; with the consent of the head of its disclosure office it may
 * extend this once, by at most 15 working days, telling the requester. The day of receipt is not counted (PRC
 * Civil Code art. 201) and the period ends at the end of its last day in the procurement's time zone.
 */
public final class DisclosureRules {

    /** Working days the agency has to answer, counted from the day after receipt. */
    public static final int ANSWER_WORKING_DAYS = 15;

    /** Working days one extension adds, counted from the last day of the first period. */
    public static final int EXTENSION_WORKING_DAYS = 15;

    private DisclosureRules() {}

    /** When the answer to a request received at {@code requestedAt} is due: the end of the 15th working day. */
    public static Instant answerDue(Instant requestedAt, WorkingCalendar calendar) {
        LocalDate received = requestedAt.atZone(calendar.zone()).toLocalDate();
        return endOf(calendar.plusWorkingDays(received, ANSWER_WORKING_DAYS), calendar);
    }

    /** When the answer is due after the one extension of a period that ended at {@code dueAt}. */
    public static Instant extendedDue(Instant dueAt, WorkingCalendar calendar) {
        LocalDate lastDay = dueAt.atZone(calendar.zone()).toLocalDate().minusDays(1);
        return endOf(calendar.plusWorkingDays(lastDay, EXTENSION_WORKING_DAYS), calendar);
    }

    /** A request says what it asks for. */
    public static void requireInformationAsked(String information) {
        if (isBlank(information)) {
            throw new DisclosureRequestRefusal.InformationMissingException(
                    "A disclosure request must describe the information it asks for.");
        }
    }

    /** One extension, with a reason, while the first period is still running and before the answer. */
    public static void requireExtendable(boolean answered, boolean extended, Instant at, Instant dueAt, String reason) {
        requireUnanswered(answered);
        if (extended) {
            throw new DisclosureRequestRefusal.AlreadyExtendedException(
                    "The time to answer was already extended once; it cannot be extended again.");
        }
        if (!at.isBefore(dueAt)) {
            throw new DisclosureRequestRefusal.AnswerPeriodEndedException(
                    "The time to answer ended at " + dueAt + "; an extension must be decided before that.");
        }
        if (isBlank(reason)) {
            throw new DisclosureRequestRefusal.ReasonMissingException("An extension must state its reason.");
        }
    }

    /**
     * A grant says what is disclosed; withholding states its grounds (Regulations art. 36: a refusal tells the
     * requester why).
     */
    public static void requireCompleteAnswer(
            boolean answered, DisclosureDecision decision, String information, String grounds) {
        requireUnanswered(answered);
        if (decision != DisclosureDecision.REFUSED && isBlank(information)) {
            throw new DisclosureRequestRefusal.InformationMissingException(
                    "A granted or partly granted request must give the information or say where it is published.");
        }
        if (decision != DisclosureDecision.GRANTED && isBlank(grounds)) {
            throw new DisclosureRequestRefusal.GroundsMissingException(
                    "Withholding information must state the legal grounds for it.");
        }
    }

    private static void requireUnanswered(boolean answered) {
        if (answered) {
            throw new DisclosureRequestRefusal.AlreadyAnsweredException("The request already has its answer.");
        }
    }

    private static Instant endOf(LocalDate day, WorkingCalendar calendar) {
        return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
