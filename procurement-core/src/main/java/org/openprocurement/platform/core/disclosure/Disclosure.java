package org.openprocurement.platform.core.disclosure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.openprocurement.platform.core.disclosure.command.ClassifyProcess;
import org.openprocurement.platform.core.disclosure.command.DeferDisclosure;
import org.openprocurement.platform.core.disclosure.event.DeferredDisclosureReached;
import org.openprocurement.platform.core.disclosure.event.DisclosureDeferred;
import org.openprocurement.platform.core.disclosure.event.ProcessClassified;

/**
 * What of one procurement process the public may see: its classification and the fields withheld until an
 * access date, decided by the buyer before publication. A withheld field is disclosed by a persisted
 * deadline on its access date.
 */
public class Disclosure {

    /** Name of the persisted deadline at which a withheld field becomes public. */
    public static final String ACCESS_DATE_DEADLINE = "disclosure-access-date";

    @AggregateIdentifier
    private UUID disclosureId;

    private UUID processId;
    private final Set<String> deferred = new HashSet<>();

    public Disclosure() {
        // required by Axon; created by the first decision on the process
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClassifyProcess command) {
        DisclosureRules.requireNotPublished(command.processPublished());
        DisclosureRules.requireJustification(command.classification(), command.justification());
        apply(new ProcessClassified(
                command.processId(), command.classification(), command.justification(), command.classifiedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeferDisclosure command, DeadlineManager deadlines) {
        DisclosureRules.requireNotPublished(command.processPublished());
        DisclosureRules.requireDeferrable(
                command.field(), command.justification(), command.disclosableAt(), command.deferredAt());
        if (deferred.contains(command.field())) {
            throw new DisclosureRefusal.AlreadyDeferredException(command.field() + " is already deferred.");
        }
        apply(new DisclosureDeferred(
                command.processId(),
                command.field(),
                command.justification(),
                command.disclosableAt(),
                command.deferredAt()));
        deadlines.schedule(command.disclosableAt(), ACCESS_DATE_DEADLINE, command.field());
    }

    @DeadlineHandler(deadlineName = ACCESS_DATE_DEADLINE)
    // The deadline's payload is the withheld field; the clock is resolved as a resource.
    public void disclose(String field, Clock clock) {
        if (deferred.contains(field)) {
            apply(new DeferredDisclosureReached(processId, field, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ProcessClassified event) {
        processId = event.processId();
        disclosureId = DisclosureIds.of(event.processId());
    }

    @EventSourcingHandler
    void on(DisclosureDeferred event) {
        processId = event.processId();
        disclosureId = DisclosureIds.of(event.processId());
        deferred.add(event.field());
    }

    @EventSourcingHandler
    void on(DeferredDisclosureReached event) {
        deferred.remove(event.field());
    }
}
