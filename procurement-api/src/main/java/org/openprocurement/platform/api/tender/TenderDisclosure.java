package org.openprocurement.platform.api.tender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.api.disclosure.DisclosurePolicy;
import org.openprocurement.platform.api.disclosure.DisclosureQueries;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Applies a tender's classification and deferrals to the platform's own REST reads, as to the OCDS feed: a
 * secret tender does not exist for the public or for suppliers it did not invite, and what is withheld is
 * left out for everyone outside the buyer, the purchasing agency and oversight.
 */
@Component
public class TenderDisclosure {

    private final DisclosurePolicy policy;
    private final DisclosureQueries queries;
    private final TenderQueries tenders;

    TenderDisclosure(DisclosurePolicy policy, DisclosureQueries queries, TenderQueries tenders) {
        this.policy = policy;
        this.queries = queries;
        this.tenders = tenders;
    }

    /** Whether the caller sees the tender as its buyer, purchasing agency or oversight do: unmasked. */
    static boolean insider(Optional<Actor> actor, TenderResponse tender) {
        return actor.map(a -> TenderAccess.seesAllDrafts(a) || a.actsFor(tender.buyerId()))
                .orElse(false);
    }

    /** 404 for a secret tender the caller may not know of; otherwise the fields masked for the caller. */
    public Set<String> requireVisible(Optional<Actor> actor, UUID tenderId) {
        TenderResponse tender = tenders.find(tenderId).orElseThrow(() -> new NotFoundException("tender", tenderId));
        return masksFor(actor, tender);
    }

    private Set<String> masksFor(Optional<Actor> actor, TenderResponse tender) {
        if (insider(actor, tender)) {
            return Set.of();
        }
        if (!policy.isPublic(tender.id()) && !invited(actor, tender)) {
            throw new NotFoundException("tender", tender.id());
        }
        return policy.maskedFields(tender.id());
    }

    /** The tender as the caller may read it. */
    TenderResponse apply(Optional<Actor> actor, TenderResponse tender) {
        return mask(tender, masksFor(actor, tender));
    }

    /** The list without the secret tenders the caller may not know of, each masked for the caller. */
    List<TenderResponse> apply(Optional<Actor> actor, List<TenderResponse> list) {
        Set<UUID> secret = queries.secretProcesses();
        Map<UUID, Set<String>> masked =
                queries.maskedFields(list.stream().map(TenderResponse::id).toList());
        return list.stream()
                .filter(t -> !secret.contains(t.id()) || insider(actor, t) || invited(actor, t))
                .map(t -> insider(actor, t) ? t : mask(t, masked.getOrDefault(t.id(), Set.of())))
                .toList();
    }

    /** The evaluation without withheld prices and award values. */
    EvaluationResponse apply(Optional<Actor> actor, TenderResponse tender, EvaluationResponse evaluation) {
        Set<String> masked = masksFor(actor, tender);
        if (!masked.contains("awards.value")) {
            return evaluation;
        }
        return new EvaluationResponse(
                evaluation.tenderId(),
                evaluation.awardCriteria(),
                evaluation.qualifications(),
                evaluation.ranking().stream()
                        .map(r ->
                                new EvaluationResponse.RankingResponse(r.rank(), r.bidId(), r.supplierId(), null, null))
                        .toList(),
                evaluation.awards().stream()
                        .map(a -> new AwardResponse(
                                a.id(),
                                a.tenderId(),
                                a.bidId(),
                                a.supplierId(),
                                null,
                                a.standstillEndsAt(),
                                a.awardedAt()))
                        .toList());
    }

    private static boolean invited(Optional<Actor> actor, TenderResponse tender) {
        JsonNode invited = tender.invitedSupplierIds();
        if (actor.isEmpty() || !actor.get().hasRole(Role.SUPPLIER) || invited == null) {
            return false;
        }
        for (JsonNode supplier : invited) {
            if (supplier.asText().equals(actor.get().organisationId())) {
                return true;
            }
        }
        return false;
    }

    private static TenderResponse mask(TenderResponse t, Set<String> masked) {
        if (masked.isEmpty()) {
            return t;
        }
        boolean value = masked.contains("tender.value");
        JsonNode items = masked.contains("tender.items") ? null : value ? withoutValues(t.items()) : t.items();
        return new TenderResponse(
                t.id(),
                t.buyerId(),
                t.procuringEntityId(),
                masked.contains("planning.budget") ? null : t.budgetLineId(),
                t.title(),
                t.description(),
                t.category(),
                t.method(),
                t.awardCriteria(),
                t.criteria(),
                items,
                value ? null : t.estimatedValue(),
                t.currency(),
                t.tenderPeriodEnd(),
                t.invitedSupplierIds(),
                t.justification(),
                t.status(),
                t.amendmentNumber(),
                t.version(),
                t.draftedAt(),
                t.publishedAt(),
                t.openedAt(),
                t.cancelledAt(),
                t.cancellationReason(),
                t.failureReason(),
                t.concludedAt(),
                t.amendments(),
                t.enquiries());
    }

    private static JsonNode withoutValues(JsonNode items) {
        if (items == null || !items.isArray()) {
            return items;
        }
        ArrayNode copy = ((ArrayNode) items).deepCopy();
        copy.forEach(item -> ((ObjectNode) item).remove("estimatedValue"));
        return copy;
    }
}
