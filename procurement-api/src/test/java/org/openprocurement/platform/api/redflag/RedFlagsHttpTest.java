package org.openprocurement.platform.api.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.audit.redflag.ProcessRecord;
import org.openprocurement.platform.audit.redflag.Recorded;
import org.openprocurement.platform.audit.redflag.RedFlag;
import org.openprocurement.platform.audit.redflag.RedFlagContext;
import org.openprocurement.platform.audit.redflag.RedFlagSettings;
import org.openprocurement.platform.audit.redflag.RedFlags;
import org.openprocurement.platform.audit.redflag.TenderingPeriodRule;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Red flags of processes built through the API by the education commission (no other test buys for it), read
 * by auditors and recomputed from a replay of the whole event log.
 */
class RedFlagsHttpTest extends HttpTest {

    private static final String BUYER = "city-education";

    @Autowired
    private EventStore eventStore;

    @Autowired
    private RedFlags redFlags;

    @Autowired
    private RedFlagSettings settings;

    @Autowired
    private TenderingPeriodRule tenderingPeriods;

    @Test
    void flaggedProcessesReadThroughTheApiEqualTheirRecomputationFromAReplayOfTheLog() {
        // A request for quotation open for 7 days; the lowest bid is disqualified, two others are identical,
        // and the award is 35% below the estimate of 100,000. Then two more wins for the same supplier.
        Map<String, String> firstBids = Map.of(
                "supplier.anhe", "60000",
                "supplier.boda", "65000",
                "supplier.chenguang", "70000",
                "supplier.dongfang", "70000.00");
        Map<String, String> laterBids =
                Map.of("supplier.boda", "90000", "supplier.chenguang", "95000", "supplier.dongfang", "99000");
        UUID first = quotation(firstBids);
        UUID second = quotation(laterBids);
        UUID third = quotation(laterBids);
        Map<UUID, Map<String, String>> bids = Map.of(first, firstBids, second, laterBids, third, laterBids);
        for (UUID tender : List.of(first, second, third)) {
            assertThat(Tenders.open(tender)).isEqualTo("OPENED");
            qualify(tender, bids.get(tender), "supplier.anhe");
            award(tender, "supplier.boda");
        }

        ProcessFlagsResponse flagged = flagsOf("auditor", first);
        assertThat(flagged.buyerId()).isEqualTo(BUYER);
        // A database kept from earlier runs may hold earlier wins of the same supplier: leave repeat-winner aside.
        assertThat(flagged.flags())
                .extracting(RedFlag::code)
                .filteredOn(code -> !code.equals("repeat-winner"))
                .containsExactly(
                        "short-tendering-period",
                        "lowest-bid-disqualified",
                        "identical-bid-prices",
                        "award-far-below-estimate");
        assertThat(flagged.flags())
                .allSatisfy(flag -> assertThat(flag.eventIds())
                        .isNotEmpty()
                        .allSatisfy(event -> assertThat(aggregateOf(event)).isEqualTo(first.toString())));
        assertThat(codes(flagsOf("finance.officer", third))).contains("short-tendering-period", "repeat-winner");
        assertThat(flagsOf("auditor", third).flags().stream()
                        .filter(f -> f.code().equals("repeat-winner"))
                        .findFirst()
                        .orElseThrow()
                        .eventIds()
                        .stream()
                        .map(this::aggregateOf))
                .containsSubsequence(first.toString(), second.toString(), third.toString());

        Map<UUID, List<RedFlag>> replayed = replayTheLog(BUYER);
        for (UUID tender : List.of(first, second, third)) {
            assertThat(flagsOf("auditor", tender).flags())
                    .as("flags of %s", tender)
                    .isEqualTo(replayed.get(tender));
        }
        List<UUID> agency = List.of(as("auditor")
                        .queryParam("organisationId", BUYER)
                        .get("/api/audit/flags")
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(ProcessFlagsResponse[].class))
                .stream()
                .map(ProcessFlagsResponse::processId)
                .toList();
        assertThat(agency).containsSubsequence(first, second, third);
    }

    @Test
    void aContractSignedMoreThanThirtyDaysAfterTheAwardAndAmendedUpwardsRaisesBothContractFlags() {
        Contracts.Awarded awarded = Contracts.awarded();
        UUID contract = awarded.contract();
        assertThat(codes(flagsOf("auditor", awarded.tender())))
                .doesNotContain("late-contract-signature", "value-raising-amendment");

        PlatformTime.advancePast(
                Instant.parse(Contracts.read(contract).getString("awardedAt")).plus(Duration.ofDays(30)));
        as("health.officer")
                .body(Map.of())
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201)
                .body("signedLate", equalTo(true));
        as("purchasing.agent")
                .body(Map.of("description", "Five more pumps", "rationale", "A new ward opened", "newValue", 95000))
                .post("/api/contracts/{id}/amendments", contract)
                .then()
                .statusCode(201);

        ProcessFlagsResponse flagged = flagsOf("auditor", awarded.tender());
        assertThat(codes(flagged)).contains("late-contract-signature", "value-raising-amendment");
        RedFlag raised = flagged.flags().stream()
                .filter(f -> f.code().equals("value-raising-amendment"))
                .findFirst()
                .orElseThrow();
        assertThat(raised.detail()).contains("1 amendment(s)").contains("5000");
        assertThat(raised.eventIds().stream().map(this::aggregateOf))
                .containsExactly(awarded.tender().toString(), contract.toString());
        assertThat(flagged.flags()).isEqualTo(replayTheLog("city-health").get(awarded.tender()));
    }

    @Test
    void aProcessWithASingleBidIsFlaggedEvenThoughItFailed() {
        UUID tender = draft(BUYER, "OPEN_TENDERING", Duration.ofDays(21));
        Bids.submit("supplier.boda", tender, "99000", "Brand B").then().statusCode(201);

        assertThat(Tenders.open(tender)).isEqualTo("FAILED");

        assertThat(codes(flagsOf("auditor", tender))).containsExactly("single-bid");
    }

    @Test
    void anOrdinaryProcessRaisesNoFlag() {
        UUID tender = draft(BUYER, "OPEN_TENDERING", Duration.ofDays(21));
        as("auditor")
                .get("/api/audit/processes/{id}/flags", tender)
                .then()
                .statusCode(200)
                .body("flags", hasSize(0));
    }

    @Test
    void onlyAuditorsAndTheSupervisionDepartmentReadFlags() {
        UUID tender = draft(BUYER, "OPEN_TENDERING", Duration.ofDays(21));
        for (String user : List.of("supplier.boda", "education.officer", "purchasing.agent")) {
            problem(as(user).get("/api/audit/processes/{id}/flags", tender), 403, "forbidden");
            problem(as(user).queryParam("organisationId", BUYER).get("/api/audit/flags"), 403, "forbidden");
        }
        anonymous().get("/api/audit/processes/{id}/flags", tender).then().statusCode(401);
        problem(as("auditor").get("/api/audit/processes/{id}/flags", UUID.randomUUID()), 404, "not-found");
        problem(as("auditor").get("/api/audit/processes/{id}/flags", "not-a-uuid"), 400, "invalid-request");
        as("auditor").get("/api/audit/flags").then().statusCode(400).contentType("application/problem+json");
        as("auditor")
                .get("/api/audit/flags/indicators")
                .then()
                .statusCode(200)
                .body("", hasSize(redFlags.indicators().size()))
                .body("[0].code", equalTo("single-bid"));
    }

    @Test
    void theMethodMinimumIsReadFromTheRuleTableAsThePublicationCheckReadsIt() {
        // Published on Friday 4 December 2026 at 15:00 in Shanghai: open tendering needs 20 days, so a deadline
        // from Thursday 24 December on; request for quotation 3 working days, so from Wednesday 9 December on.
        Instant published = Instant.parse("2026-12-04T07:00:00Z");

        assertThat(tenderingPeriods.earliestDeadline(ProcurementMethod.OPEN_TENDERING, published))
                .isEqualTo(Instant.parse("2026-12-23T16:00:00Z"));
        assertThat(tenderingPeriods.earliestDeadline(ProcurementMethod.REQUEST_FOR_QUOTATION, published))
                .isEqualTo(Instant.parse("2026-12-08T16:00:00Z"));
    }

    /** The flags of every process of {@code buyer}, from its tenders' and contracts' events in the log's order. */
    private Map<UUID, List<RedFlag>> replayTheLog(String buyer) {
        Map<UUID, List<Recorded>> tenders = new LinkedHashMap<>();
        Map<String, UUID> contracts = new HashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (!(event instanceof DomainEventMessage<?> domain)) {
                    continue;
                }
                if (event.getPayload() instanceof ContractCreated created) {
                    contracts.put(domain.getAggregateIdentifier(), created.tenderId());
                }
                UUID tender = "Tender".equals(domain.getType())
                        ? UUID.fromString(domain.getAggregateIdentifier())
                        : contracts.get(domain.getAggregateIdentifier());
                if (tender != null) {
                    tenders.computeIfAbsent(tender, id -> new ArrayList<>())
                            .add(new Recorded(event.getIdentifier(), event.getPayload()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<ProcessRecord> buyers = tenders.entrySet().stream()
                .filter(e -> e.getValue().get(0).event() instanceof TenderDrafted d
                        && d.buyerId().equals(buyer))
                .map(e -> new ProcessRecord(e.getKey(), e.getValue()))
                .toList();
        RedFlagContext context = new RedFlagContext(buyers, settings, tenderingPeriods);
        Map<UUID, List<RedFlag>> flags = new LinkedHashMap<>();
        buyers.forEach(p -> flags.put(p.processId(), redFlags.of(p, context)));
        return flags;
    }

    private String aggregateOf(String eventId) {
        return jdbc.queryForObject(
                "SELECT aggregateidentifier FROM domainevententry WHERE eventidentifier = ?", String.class, eventId);
    }

    private static List<String> codes(ProcessFlagsResponse response) {
        return response.flags().stream().map(RedFlag::code).toList();
    }

    private static ProcessFlagsResponse flagsOf(String user, UUID tender) {
        return as(user).get("/api/audit/processes/{id}/flags", tender)
                .then()
                .statusCode(200)
                .extract()
                .as(ProcessFlagsResponse.class);
    }

    /** A published request for quotation with 7 days to bid, and the bids of {@code prices}. */
    private static UUID quotation(Map<String, String> prices) {
        UUID tender = draft(BUYER, "REQUEST_FOR_QUOTATION", Duration.ofDays(7));
        prices.forEach((user, price) ->
                Bids.submit(user, tender, price, "Offer of " + user).then().statusCode(201));
        return tender;
    }

    private static UUID draft(String buyer, String method, Duration period) {
        UUID line = appropriate(buyer);
        Map<String, Object> body = Tenders.infusionPumps(line);
        body.put("method", method);
        body.put("tenderPeriodEnd", PlatformTime.now().plus(period).toString());
        String location = as("education.officer")
                .body(body)
                .post("/api/tenders")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return Tenders.publish(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    }

    private static UUID appropriate(String organisation) {
        String location = as("finance.officer")
                .body(Map.of(
                        "organisationId", organisation,
                        "fiscalYear", 2026,
                        "classificationCode", "2050201",
                        "purpose", "Equipment for school infirmaries",
                        "amount", "1000000",
                        "currency", "CNY",
                        "availableUntil", BudgetLines.availableUntil()))
                .post("/api/budget-lines")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Every bidder's bid qualifies except that of {@code disqualified}. */
    private static void qualify(UUID tender, Map<String, String> bidders, String disqualified) {
        for (String user : bidders.keySet()) {
            Tenders.qualify(tender, Bids.bidOf(user, tender), !user.equals(disqualified), List.of());
        }
    }

    private static void award(UUID tender, String user) {
        as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf(user, tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201);
    }
}
