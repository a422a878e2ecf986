package org.openprocurement.platform.api.tender;

import java.util.Optional;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Separation of duties: the using agency states the need, the central purchasing agency runs the procedure,
 * suppliers take part, oversight reads. A published tender is public; a draft exists only for its buyer,
 * the purchasing agency and oversight.
 */
final class TenderAccess {

    private TenderAccess() {}

    static TenderResponse visible(Optional<Actor> actor, TenderResponse tender) {
        if (tender.disclosed() || actor.map(a -> seesDrafts(a, tender)).orElse(false)) {
            return tender;
        }
        throw new NotFoundException("tender", tender.id());
    }

    static boolean seesAllDrafts(Actor actor) {
        return actor.hasRole(Role.PURCHASING_AGENT, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
    }

    static void requireRunsProcedures(Actor actor, TenderResponse tender) {
        visible(Optional.of(actor), tender);
        require(actor.hasRole(Role.PURCHASING_AGENT));
    }

    static void requireMayCancel(Actor actor, TenderResponse tender) {
        visible(Optional.of(actor), tender);
        boolean buyerDraft = !tender.disclosed() && actor.hasRole(Role.OFFICER) && actor.actsFor(tender.buyerId());
        require(actor.hasRole(Role.PURCHASING_AGENT) || buyerDraft);
    }

    static void requireSupplier(Actor actor, TenderResponse tender) {
        visible(Optional.of(actor), tender);
        require(actor.hasRole(Role.SUPPLIER));
    }

    static void requireBuyerOfficer(Actor actor) {
        require(actor.hasRole(Role.OFFICER));
    }

    private static boolean seesDrafts(Actor actor, TenderResponse tender) {
        return seesAllDrafts(actor) || actor.actsFor(tender.buyerId());
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this action on tenders");
        }
    }
}
