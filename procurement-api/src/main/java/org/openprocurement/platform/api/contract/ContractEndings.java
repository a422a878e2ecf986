package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.contract.command.CompleteContract;
import org.openprocurement.platform.core.contract.command.TerminateContract;
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
        contracts
                .ofAward(awardId)
                .ifPresent(contract -> terminate(contract, "Award cancelled: " + reason, null, actor, at));
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
