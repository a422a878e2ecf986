package org.openprocurement.platform.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.api.support.HttpTest.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.core.contract.ContractIds;

/** Test steps on contracts, through HTTP: an infusion-pump tender awarded to Boda at 90,000. */
public final class Contracts {

    private Contracts() {}

    /** An awarded tender, its budget line of 1,000,000 and the contract the award opened. */
    public record Awarded(UUID line, UUID tender, UUID award, UUID contract) {}

    /** Appropriates, drafts, publishes, takes three bids, opens, qualifies and awards the lowest (90,000). */
    public static Awarded awarded() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);
        Bids.submit("supplier.anhe", tender, "95000", "Brand A pumps").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "90000", "Brand B pumps").then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "99000", "Brand C pumps")
                .then()
                .statusCode(201);
        assertThat(Tenders.open(tender)).isEqualTo("OPENED");
        for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        String awardId = as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID award = UUID.fromString(awardId);
        return new Awarded(line, tender, award, ContractIds.of(award));
    }

    /** The contract as the purchasing agency reads it. */
    public static JsonPath read(UUID contract) {
        return as("purchasing.agent")
                .get("/api/contracts/{id}", contract)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
