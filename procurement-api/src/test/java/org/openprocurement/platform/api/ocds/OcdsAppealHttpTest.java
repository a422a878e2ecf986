package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.core.contract.ContractIds;

/**
 * A complaint upheld against the award, read as the public reads it: the suspension, the decision and the
 * resumption as complaint documents of the tender, the void award cancelled, and the next-ranked award with its
 * own contract, all valid and coherent.
 */
class OcdsAppealHttpTest extends HttpTest {

    @Test
    void anAwardCancelledByAnUpheldComplaintStaysPublishedAsCancelledAndTheNextAwardFollows() {
        UUID tender = Tenders.draft(Tenders.infusionPumps(BudgetLines.appropriate("1000000")));
        Tenders.publish(tender);
        // Four bids: with the void award's bid excluded, three remain, enough to award the next-ranked one.
        Map.of(
                        "supplier.boda",
                        "90000",
                        "supplier.anhe",
                        "95000",
                        "supplier.dongfang",
                        "97000",
                        "supplier.chenguang",
                        "99000")
                .forEach((supplier, price) ->
                        Bids.submit(supplier, tender, price, "Pumps").then().statusCode(201));
        assertThat(Tenders.open(tender)).isEqualTo("OPENED");
        for (String supplier : List.of("supplier.boda", "supplier.anhe", "supplier.dongfang", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        UUID voidAwardId = created(as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender));
        UUID challenge = created(as("supplier.anhe")
                .body(Map.of("subject", "RESULT", "grounds", "The winner's registration certificate had expired"))
                .post("/api/tenders/{id}/challenges", tender));
        as("purchasing.agent")
                .body(Map.of("upheld", false, "answer", "The certificate was valid at the bid deadline."))
                .post("/api/challenges/{id}/answer", challenge)
                .then()
                .statusCode(201);
        UUID complaint = created(as("supplier.anhe")
                .body(Map.of("challengeId", challenge.toString(), "grounds", "The answer ignored the expiry date"))
                .post("/api/complaints"));
        as("finance.officer")
                .body(Map.of("days", 20, "reason", "The award is examined on a complaint."))
                .post("/api/complaints/{id}/suspension", complaint)
                .then()
                .statusCode(201);
        as("finance.officer")
                .body(Map.of("outcome", "AWARD_CANCELLED", "reasoning", "The certificate had expired."))
                .post("/api/complaints/{id}/decision", complaint)
                .then()
                .statusCode(201);
        assertVoidContractWithdrawn(voidAwardId);
        as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.anhe", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201);

        OcdsFeed.awaitRelease(tender, "award");
        await("the next award's contract")
                .atMost(Duration.ofSeconds(30))
                .until(() -> OcdsFeed.tagsOf(tender).size() == 11);
        JsonNode record = OcdsFeed.record(tender);

        assertThat(OcdsSchemas.recordPackageErrors(record)).isEmpty();
        assertThat(OcdsFeed.tagsOf(tender))
                .as("suspension, decision and resumption, the withdrawn contract, the void award, the next award")
                .containsExactly(
                        "planning+tender",
                        "tenderUpdate",
                        "award",
                        "contract",
                        "tenderUpdate",
                        "tenderUpdate",
                        "tenderUpdate",
                        // The decision withdraws the void award's contract before it cancels the award, in one
                        // transaction, so that the commitment is released exactly once.
                        "contractTermination",
                        "awardCancellation",
                        "award",
                        "contract");
        JsonNode compiled = record.at("/records/0/compiledRelease");
        assertThat(OcdsCoherence.violations(compiled)).isEmpty();
        JsonNode voidAward = compiled.at("/awards/0");
        JsonNode nextAward = compiled.at("/awards/1");
        assertThat(voidAward.get("id").asText()).isEqualTo(voidAwardId.toString());
        assertThat(voidAward.get("status").asText()).isEqualTo("cancelled");
        assertThat(voidAward.at("/suppliers/0/id").asText()).isEqualTo("boda-technology");
        assertThat(voidAward.at("/documents/0/documentType").asText()).isEqualTo("cancellationDetails");
        assertThat(nextAward.get("status").asText()).isEqualTo("active");
        assertThat(nextAward.at("/suppliers/0/id").asText()).isEqualTo("anhe-medical");
        assertThat(compiled.at("/tender/status").asText()).isEqualTo("complete");
        JsonNode cancellation = record.at("/records/0/releases/8");
        assertThat(cancellation.at("/tender/status").asText())
                .as("the tender is active again between the cancelled award and the next")
                .isEqualTo("active");
        List<String> documents = new ArrayList<>();
        compiled.at("/tender/documents")
                .forEach(d -> documents.add(
                        d.get("documentType").asText() + ":" + d.get("id").asText()));
        assertThat(documents)
                .containsExactly(
                        "complaints:suspension-" + complaint,
                        "complaints:complaint-decision-" + complaint,
                        "complaints:resumption-" + complaint);
        assertThat(compiled.at("/tender/documents/1/description").asText())
                .contains("upheld and the award cancelled")
                .contains("The certificate had expired.");
        JsonNode contracts = compiled.get("contracts");
        assertThat(contracts).hasSize(2);
        assertThat(contracts.get(0).get("awardID").asText())
                .isEqualTo(voidAward.get("id").asText());
        assertThat(contracts.get(0).get("status").asText())
                .as("contractStatus 1.1.5: withdrawn before signature")
                .isEqualTo("cancelled");
        assertThat(contracts.get(1).get("awardID").asText())
                .isEqualTo(nextAward.get("id").asText());
        assertThat(contracts.get(1).get("status").asText()).isEqualTo("pending");
        // Who complained on what grounds, and the price the next bid was offered at, stay out of OCDS.
        assertThat(record.toString())
                .doesNotContain("The answer ignored the expiry date")
                .doesNotContain("winner's registration certificate");
    }

    /** The complaint decision itself withdrew the unsigned contract of the void award (MOF Order 94 art. 32). */
    private void assertVoidContractWithdrawn(UUID award) {
        assertThat(Contracts.read(ContractIds.of(award)).getString("status")).isEqualTo("TERMINATED");
    }

    private static UUID created(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }
}
