package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openprocurement.platform.api.disclosure.PublicDisclosure;
import org.openprocurement.platform.api.portal.ContractDisclosure;
import org.openprocurement.platform.api.portal.PublicContract;
import org.openprocurement.platform.api.portal.PublicMilestone;
import org.openprocurement.platform.api.portal.PublicPayment;
import org.openprocurement.platform.api.portal.PublicRating;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The contracts of a process as the public portal shows them. A contract is public once signed (the purchaser
 * publishes it within two working days of signature: Implementing Regulations of the Government Procurement Law,
 * art. 50); nothing of a secret process is returned, and a withheld award value withholds the contract value,
 * the milestone amounts and the payments, which would each disclose it.
 */
@Component
class PortalContracts implements ContractDisclosure {

    static final String ADVANCE = "Advance payment";
    private static final String AWARDS_VALUE = "awards.value";

    private final ContractQueries contracts;
    private final PublicDisclosure disclosure;
    private final JdbcTemplate jdbc;

    PortalContracts(ContractQueries contracts, PublicDisclosure disclosure, JdbcTemplate jdbc) {
        this.contracts = contracts;
        this.disclosure = disclosure;
        this.jdbc = jdbc;
    }

    /** As the public ratings per agency, but only over contracts of processes that are public. */
    @Override
    public PublicRating ratingOf(String agencyId) {
        Map<UUID, Boolean> visible = new HashMap<>();
        Set<UUID> rated = new HashSet<>();
        long[] ratings = {0, 0};
        jdbc.query(
                "SELECT c.tender_id, e.contract_id, e.score FROM contract_evaluation_view e JOIN contract_view c"
                        + " USING (contract_id) WHERE c.buyer_id = ? OR c.procuring_entity_id = ?",
                rs -> {
                    UUID tender = rs.getObject("tender_id", UUID.class);
                    if (visible.computeIfAbsent(tender, disclosure::isPublic)) {
                        rated.add(rs.getObject("contract_id", UUID.class));
                        ratings[0]++;
                        ratings[1] += rs.getInt("score");
                    }
                },
                agencyId,
                agencyId);
        BigDecimal average = ratings[0] == 0
                ? null
                : BigDecimal.valueOf(ratings[1]).divide(BigDecimal.valueOf(ratings[0]), 2, RoundingMode.HALF_UP);
        return new PublicRating(agencyId, rated.size(), ratings[0], average);
    }

    @Override
    public List<PublicContract> contractsOf(UUID processId) {
        if (!disclosure.isPublic(processId)) {
            return List.of();
        }
        boolean withheld = disclosure.maskedFields(processId).contains(AWARDS_VALUE);
        return contracts.ofTender(processId).stream()
                .filter(c -> c.signedAt() != null)
                .map(c -> contracts.find(c.id()).orElseThrow())
                .map(c -> publicView(c, withheld))
                .toList();
    }

    private static PublicContract publicView(ContractResponse c, boolean withheld) {
        Map<UUID, String> titles =
                c.milestones().stream().collect(Collectors.toMap(MilestoneResponse::id, MilestoneResponse::title));
        Function<PaymentResponse, String> purpose =
                p -> p.advance() || p.milestoneId() == null ? ADVANCE : titles.get(p.milestoneId());
        return new PublicContract(
                c.id().toString(),
                c.supplierId(),
                withheld ? null : c.value(),
                c.currency(),
                c.status(),
                c.signedAt(),
                c.milestones().stream()
                        .map(m -> new PublicMilestone(
                                m.type(), m.title(), m.dueDate(), withheld ? null : m.amount(), m.metAt()))
                        .toList(),
                c.payments().stream()
                        .map(p -> new PublicPayment(withheld ? null : p.amount(), p.paidAt(), purpose.apply(p)))
                        .toList());
    }
}
