package org.openprocurement.platform.api.budget;

import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and who changes a budget line. Finance, audit and the platform operator see every line; an
 * agency's own staff see its lines; to anyone else a line does not exist (404). Finance appropriates and
 * records spending; the owning agency's officers and finance commit and release.
 */
final class BudgetLineAccess {

    private BudgetLineAccess() {}

    static BudgetLineResponse visible(Actor actor, BudgetLineResponse line) {
        boolean oversight = actor.hasRole(Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        if (!oversight && !actor.actsFor(line.organisationId())) {
            throw new NotFoundException("budget line", line.id());
        }
        return line;
    }

    static void requireMayListFor(Actor actor, String organisationId) {
        boolean oversight = actor.hasRole(Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        if (!oversight && !actor.actsFor(organisationId)) {
            throw new AccessDeniedException("Only the organisation's own staff and oversight list its lines");
        }
    }

    static void requireMayAppropriate(Actor actor) {
        require(actor.hasRole(Role.FINANCE));
    }

    static BudgetLineResponse requireMayCommit(Actor actor, BudgetLineResponse line) {
        visible(actor, line);
        require(actor.hasRole(Role.FINANCE) || actor.hasRole(Role.OFFICER) && actor.actsFor(line.organisationId()));
        return line;
    }

    static BudgetLineResponse requireMaySpend(Actor actor, BudgetLineResponse line) {
        visible(actor, line);
        require(actor.hasRole(Role.FINANCE));
        return line;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this action on budget lines");
        }
    }
}
