package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.RequestRefusedException;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.contract.command.CompleteContract;
import org.openprocurement.platform.core.contract.command.TerminateContract;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Ends a contract and gives what was committed but not paid back to its budget line, within the caller's
 * transaction. A cancelled award withdraws its unsigned contract through {@link #withdraw}.
 */
@Component
public class ContractEndings {

    private final CommandSender commands;
    private final ContractQueries contracts;

    ContractEndings(CommandSender commands, ContractQueries contracts) {
        this.commands = commands;
        this.contracts = contracts;
    }

    /**
     * Withdraws the contract of a cancelled award (for example after an upheld complaint), releasing its
     * commitment; does nothing when the award opened no contract. Call it inside the cancellation's transaction.
     */
    public void withdraw(UUID awardId, String reason, Actor actor, Instant at) {
        contracts.ofAward(awardId).filter(ContractEndings::inForce).ifPresent(contract -> {
            requireUnperformed(contract);
            terminate(contract, "Award cancelled: " + reason, null, actor, at);
        });
    }

    /**
     * Withdraws the contract of the tender's award in force, if any, before the award is cancelled or the
     * procurement is ordered to be run again. Call it first in the decision's transaction: the release leaves the
     * tender's commitment at zero, so the tender's own budget policy then sets it to the next-ranked bid.
     */
    public void withdrawInForce(UUID tenderId, String reason, Actor actor, Instant at) {
        contracts.ofTender(tenderId).stream()
                .filter(ContractEndings::inForce)
                .forEach(contract -> withdraw(contract.awardId(), reason, actor, at));
    }

    private static boolean inForce(ContractResponse contract) {
        return "AWAITING_SIGNATURE".equals(contract.status()) || "SIGNED".equals(contract.status());
    }

    private static void requireUnperformed(ContractResponse contract) {
        // MOF Order No. 94 (2017) art. 32: a contract signed but not yet performed is cancelled with the award;
        // once performance has begun the award stands and the harmed party claims damages in court instead.
        if (contract.paid().signum() > 0) {
            throw new RequestRefusedException(
                    HttpStatus.CONFLICT,
                    "contract-in-performance",
                    "The award's contract is already being performed and paid; it can no longer be cancelled, only"
                            + " found unlawful without effect on the award (UPHELD_NO_EFFECT).");
        }
    }

    void terminate(ContractResponse contract, String reason, Long expectedVersion, Actor actor, Instant at) {
        BigDecimal released =
                commands.send(new TerminateContract(contract.id(), reason, expectedVersion, at), actor, at);
        release(contract, released, "Contract terminated: " + reason, actor, at);
    }

    void complete(ContractResponse contract, String notes, Long expectedVersion, Actor actor, Instant at) {
        BigDecimal released = commands.send(new CompleteContract(contract.id(), notes, expectedVersion, at), actor, at);
        release(contract, released, "Contract completed", actor, at);
    }

    private void release(ContractResponse contract, BigDecimal released, String reason, Actor actor, Instant at) {
        if (released.signum() > 0) {
            commands.send(
                    new ReleaseFunds(contract.budgetLineId(), contract.commitmentId(), released, reason, null, at),
                    actor,
                    at);
        }
    }
}
