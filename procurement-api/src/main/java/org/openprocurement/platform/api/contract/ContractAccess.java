package org.openprocurement.platform.api.contract;

import java.util.Optional;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.core.contract.EvaluatingParty;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and run a contract: the buyer's officer and the purchasing agency run it, finance pays it, the
 * supplier reads its own, oversight reads every contract. The public reads no contract here (disclosure does).
 */
final class ContractAccess {

    private ContractAccess() {}

    static ContractResponse visible(Optional<Actor> actor, ContractResponse contract) {
        if (actor.map(a -> sees(a, contract)).orElse(false)) {
            return contract;
        }
        throw new NotFoundException("contract", contract.id());
    }

    static void requireRuns(Actor actor, ContractResponse contract) {
        visible(Optional.of(actor), contract);
        require(actor.hasRole(Role.PURCHASING_AGENT)
                || actor.hasRole(Role.OFFICER) && actor.actsFor(contract.buyerId()));
    }

    static void requirePays(Actor actor, ContractResponse contract) {
        visible(Optional.of(actor), contract);
        require(actor.hasRole(Role.FINANCE));
    }

    /** The party the actor rates for: the buyer's officer, the purchasing agency, or the contracted supplier. */
    static EvaluatingParty partyOf(Actor actor, ContractResponse contract) {
        visible(Optional.of(actor), contract);
        if (actor.hasRole(Role.OFFICER) && actor.actsFor(contract.buyerId())) {
            return EvaluatingParty.USING_AGENCY;
        }
        if (actor.hasRole(Role.PURCHASING_AGENT)
                && (contract.procuringEntityId() == null || actor.actsFor(contract.procuringEntityId()))) {
            return EvaluatingParty.PURCHASING_AGENCY;
        }
        if (actor.hasRole(Role.SUPPLIER) && actor.actsFor(contract.supplierId())) {
            return EvaluatingParty.SUPPLIER;
        }
        throw new AccessDeniedException("Only the parties to the procedure rate it");
    }

    static boolean sees(Actor actor, ContractResponse contract) {
        return actor.hasRole(Role.PURCHASING_AGENT, Role.FINANCE, Role.AUDITOR, Role.ADMIN)
                || actor.hasRole(Role.OFFICER) && actor.actsFor(contract.buyerId())
                || actor.hasRole(Role.SUPPLIER) && actor.actsFor(contract.supplierId());
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this action on contracts");
        }
    }
}
