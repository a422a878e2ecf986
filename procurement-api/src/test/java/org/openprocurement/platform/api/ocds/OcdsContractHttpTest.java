package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * One process through HTTP from the budget line to the last payment, read as the public reads it: a release
 * for each public contract event, under the tender's ocid, valid in every served package and coherent.
 */
class OcdsContractHttpTest extends HttpTest {

    @Test
    void fromTheBudgetLineToTheLastPaymentEveryContractEventIsAValidCoherentRelease() {
        Contracts.Awarded awarded = Contracts.awarded();
        UUID contract = awarded.contract();
        UUID delivery = ContractSteps.milestone(
                contract, Map.of("type", "DELIVERY", "title", "Pumps delivered", "dueDate", "2030-06-30"));
        UUID instalment = ContractSteps.milestone(
                contract,
                Map.of("type", "PAYMENT", "title", "Payment on acceptance", "dueDate", "2030-07-15", "amount", 60000));
        ContractSteps.sign(contract, 20);
        ContractSteps.pay(contract, Map.of("advance", true, "amount", 18000, "reference", "ADV-001"));
        ContractSteps.fulfil(contract, delivery);
        ContractSteps.fulfil(contract, instalment);
        ContractSteps.pay(contract, Map.of("milestoneId", instalment, "amount", 60000, "reference", "PAY-001"));
        ContractSteps.amend(contract, "99000");
        ContractSteps.pay(contract, Map.of("milestoneId", delivery, "amount", 20000, "reference", "PAY-002"));
        as("purchasing.agent")
                .body(Map.of("notes", "Final acceptance signed"))
                .post("/api/contracts/{id}/completion", contract)
                .then()
                .statusCode(201);
        as("health.officer")
                .body(Map.of("score", 5, "comment", "Well run"))
                .post("/api/contracts/{id}/evaluations", contract)
                .then()
                .statusCode(201);

        OcdsFeed.awaitRelease(awarded.tender(), "contractTermination");
        JsonNode record = OcdsFeed.record(awarded.tender());

        assertThat(OcdsSchemas.recordPackageErrors(record)).isEmpty();
        assertThat(OcdsFeed.tagsOf(awarded.tender()))
                .containsExactly(
                        "planning+tender",
                        "tenderUpdate",
                        "award",
                        "contract",
                        "contractUpdate",
                        "contractUpdate",
                        "contractUpdate",
                        "implementation",
                        "implementationUpdate",
                        "implementationUpdate",
                        "implementationUpdate",
                        "contractAmendment",
                        "implementationUpdate",
                        "contractTermination");
        JsonNode compiled = record.at("/records/0/compiledRelease");
        assertThat(OcdsCoherence.violations(compiled)).isEmpty();
        JsonNode published = compiled.at("/contracts/0");
        assertThat(compiled.get("contracts")).hasSize(1);
        assertThat(published.get("id").asText()).isEqualTo(contract.toString());
        assertThat(published.get("awardID").asText()).isEqualTo(awarded.award().toString());
        assertThat(published.get("status").asText())
                .as("contractStatus 1.1.5: a signed contract that came to a close")
                .isEqualTo("terminated");
        assertThat(published.at("/value/amount").decimalValue()).isEqualByComparingTo("99000");
        assertThat(published.get("dateSigned").asText())
                .isEqualTo(published.at("/period/startDate").asText());
        assertThat(published.at("/period/endDate").isTextual()).isTrue();
        assertThat(published.at("/milestones/0/type").asText()).isEqualTo("delivery");
        assertThat(published.at("/milestones/1/type").asText()).isEqualTo("payment");
        assertThat(published.at("/milestones/0/status").asText()).isEqualTo("met");
        assertThat(published.at("/amendments/0/rationale").asText()).isEqualTo("A new ward opened");
        assertThat(published.at("/amendments/0/releaseID").asText())
                .isEqualTo(record.at("/records/0/releases/11/id").asText());
        JsonNode transactions = published.at("/implementation/transactions");
        assertThat(transactions).hasSize(3);
        List<String> amounts = new ArrayList<>();
        transactions.forEach(
                t -> amounts.add(t.at("/value/amount").decimalValue().toPlainString()));
        assertThat(amounts).containsExactly("18000", "60000", "20000");
        for (JsonNode transaction : transactions) {
            assertThat(transaction.at("/payer/id").asText()).isEqualTo("city-health");
            assertThat(transaction.at("/payee/id").asText()).isEqualTo("boda-technology");
            assertThat(transaction.at("/value/currency").asText()).isEqualTo("CNY");
        }
        // The budget commitment and the last payment share one ocid: the tender's.
        for (JsonNode release : record.at("/records/0/releases")) {
            assertThat(release.get("ocid").asText()).isEqualTo(OcdsFeed.ocid(awarded.tender()));
        }
        assertThat(compiled.at("/planning/budget/id").asText())
                .isEqualTo(awarded.line().toString());

        for (JsonNode release : record.at("/records/0/releases")) {
            JsonNode single = OcdsFeed.json(anonymous()
                    .get("/api/public/ocds/releases/{id}", release.get("id").asText()));
            assertThat(OcdsSchemas.releasePackageErrors(single)).isEmpty();
        }
        List<JsonNode> pages = OcdsFeed.allPages(50);
        List<String> feedIds = new ArrayList<>();
        for (JsonNode page : pages) {
            assertThat(OcdsSchemas.releasePackageErrors(page)).isEmpty();
            page.get("releases").forEach(r -> feedIds.add(r.get("id").asText()));
        }
        String ocid = OcdsFeed.ocid(awarded.tender());
        assertThat(feedIds).contains(ocid + "-0014").doesNotContain(ocid + "-0015");
        // The bulk file's lines of the process, wrapped in the feed's package metadata, validate too.
        ObjectNode bulk = ((ObjectNode) pages.get(0)).deepCopy();
        ArrayNode bulkReleases = bulk.putArray("releases");
        for (String line : OcdsFeed.bulkLines()) {
            JsonNode release = OcdsFeed.json(line);
            if (release.get("ocid").asText().equals(ocid)) {
                bulkReleases.add(release);
            }
        }
        assertThat(bulkReleases).hasSize(14);
        assertThat(OcdsSchemas.releasePackageErrors(bulk)).isEmpty();
    }

    @Test
    void aRestrictedProcessPublishesItsContractWithValuesAndPaymentsWithheldEverywhere() {
        Map<String, Object> body = Tenders.infusionPumps(BudgetLines.appropriate("1000000"));
        body.put(
                "items",
                List.of(Map.of(
                        "description", "Volumetric infusion pump",
                        "classificationCode", "33194110-0",
                        "quantity", 100,
                        "unit", "piece",
                        "estimatedValue", "731947.13")));
        UUID tender = Tenders.draft(body);
        as("health.officer")
                .body(Map.of("classification", "RESTRICTED", "justification", "Public security equipment"))
                .post("/api/tenders/{id}/classification", tender)
                .then()
                .statusCode(201);
        Tenders.publish(tender);
        List<String> bidders = List.of("supplier.anhe", "supplier.boda", "supplier.chenguang");
        List<String> prices = List.of("712345.67", "722222.22", "729999.99");
        for (int i = 0; i < bidders.size(); i++) {
            Bids.submit(bidders.get(i), tender, prices.get(i), "Offer " + i)
                    .then()
                    .statusCode(201);
        }
        assertThat(Tenders.open(tender)).isEqualTo("OPENED");
        for (String supplier : bidders) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        String awardId = as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.anhe", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID contract = ContractIds.of(UUID.fromString(awardId));
        UUID delivery = ContractSteps.milestone(
                contract, Map.of("type", "DELIVERY", "title", "Pumps delivered", "dueDate", "2030-06-30"));
        ContractSteps.sign(contract, 20);
        ContractSteps.pay(contract, Map.of("advance", true, "amount", "54321.09", "reference", "ADV-R1"));
        ContractSteps.amend(contract, "723456.78");
        ContractSteps.fulfil(contract, delivery);
        ContractSteps.pay(contract, Map.of("milestoneId", delivery, "amount", "65432.11", "reference", "PAY-R1"));
        await("the restricted contract's releases")
                .atMost(Duration.ofSeconds(30))
                .until(() -> OcdsFeed.tagsOf(tender).size() == 10);

        String outputs = PublicOutputs.of(tender)
                + anonymous().get("/api/contracts/{id}", contract).asString()
                + as(PublicOutputs.OUTSIDER)
                        .get("/api/contracts/{id}", contract)
                        .asString();

        assertThat(outputs)
                .doesNotContain("712345.67")
                .doesNotContain("723456.78")
                .doesNotContain("54321.09")
                .doesNotContain("65432.11");
        JsonNode record = OcdsFeed.record(tender);
        assertThat(OcdsSchemas.recordPackageErrors(record)).isEmpty();
        JsonNode compiled = record.at("/records/0/compiledRelease");
        assertThat(OcdsCoherence.violations(compiled)).isEmpty();
        JsonNode published = compiled.at("/contracts/0");
        assertThat(published.get("status").asText()).isEqualTo("active");
        assertThat(published.has("value")).isFalse();
        assertThat(published.at("/implementation/transactions").isMissingNode()).isTrue();
        assertThat(published.at("/milestones/0/status").asText()).isEqualTo("met");
        assertThat(published.at("/amendments/0/rationale").asText()).isEqualTo("A new ward opened");
        // The canaries are real: the contract's insiders read them.
        JsonNode inside = OcdsFeed.json(as("purchasing.agent").get("/api/contracts/{id}", contract));
        assertThat(inside.get("value").decimalValue()).isEqualByComparingTo("723456.78");
        assertThat(inside.get("payments")).hasSize(2);
    }
}
