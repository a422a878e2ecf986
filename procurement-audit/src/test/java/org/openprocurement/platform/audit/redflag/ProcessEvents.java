package org.openprocurement.platform.audit.redflag;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.Item;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/**
 * The recorded events of one tender, built step by step with fixed ids and instants: an open tender of goods at
 * the lowest price, estimate 100,000.00, drafted by {@link #BUYER} on 2 March 2026.
 */
final class ProcessEvents {

    static final String BUYER = "city-health";
    static final Instant DRAFTED_AT = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant PUBLISHED_AT = Instant.parse("2026-03-02T03:00:00Z");
    static final Instant OPENED_AT = Instant.parse("2026-04-01T02:00:03Z");
    static final Instant AWARDED_AT = Instant.parse("2026-04-08T06:00:00Z");

    /** Twenty days, the minimum for open tendering in the test's rule; three for the other methods. */
    static final TenderingPeriodRule RULE = (method, publishedAt) -> publishedAt.plus(
            method == ProcurementMethod.OPEN_TENDERING || method == ProcurementMethod.INVITATIONAL_TENDERING
                    ? Duration.ofDays(20)
                    : Duration.ofDays(3));

    private final UUID tenderId;
    private final List<Recorded> events = new ArrayList<>();
    private ProcurementMethod method = ProcurementMethod.OPEN_TENDERING;
    private AwardCriteria criteria = AwardCriteria.LOWEST_PRICE;
    private String buyer = BUYER;
    private BigDecimal estimate = new BigDecimal("100000.00");

    private ProcessEvents(int number) {
        this.tenderId = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-%012d".formatted(number));
    }

    /** Tender number {@code number}: its ids differ from every other number's. */
    static ProcessEvents tender(int number) {
        return new ProcessEvents(number);
    }

    static OpenedBid bid(int number, String supplier, String price) {
        return new OpenedBid(
                UUID.fromString("0b1d0000-0000-4000-8000-%012d".formatted(number)),
                supplier,
                new BigDecimal(price),
                "digest-" + number,
                true);
    }

    static OpenedBid uncounted(int number, String supplier, String price) {
        OpenedBid bid = bid(number, supplier, price);
        return new OpenedBid(bid.bidId(), supplier, bid.price(), bid.contentDigest(), false);
    }

    ProcessEvents method(ProcurementMethod method) {
        this.method = method;
        return this;
    }

    ProcessEvents scoring() {
        this.criteria = AwardCriteria.COMPREHENSIVE_SCORING;
        return this;
    }

    ProcessEvents buyer(String buyer) {
        this.buyer = buyer;
        return this;
    }

    ProcessEvents estimate(String estimate) {
        this.estimate = new BigDecimal(estimate);
        return this;
    }

    /** Drafted and published with {@code days} of tendering period. */
    ProcessEvents publishedFor(Duration period) {
        Instant deadline = PUBLISHED_AT.plus(period);
        record(new TenderDrafted(
                tenderId,
                buyer,
                UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000001"),
                "Infusion pumps",
                "Volumetric infusion pumps",
                ProcurementCategory.GOODS,
                method,
                criteria,
                List.of(),
                List.of(new Item("Infusion pump", "33194110-0", BigDecimal.TEN, "piece", estimate)),
                estimate,
                "CNY",
                deadline,
                List.of(),
                null,
                DRAFTED_AT));
        record(new TenderPublished(
                tenderId,
                "central-purchasing",
                UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000001"),
                UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000101"),
                estimate,
                deadline,
                PUBLISHED_AT));
        return this;
    }

    /** Drafted and published with thirty days to bid. */
    ProcessEvents published() {
        return publishedFor(Duration.ofDays(30));
    }

    ProcessEvents amendedTo(Duration period) {
        record(new TenderAmended(tenderId, 1, "Larger screens", "Asked", PUBLISHED_AT.plus(period), false, OPENED_AT));
        return this;
    }

    ProcessEvents opened(OpenedBid... bids) {
        record(new BidsOpened(tenderId, List.of(bids), OPENED_AT));
        return this;
    }

    ProcessEvents qualified(OpenedBid bid) {
        record(new BidQualified(
                tenderId, bid.bidId(), bid.supplierId(), List.of(), "Meets every requirement", OPENED_AT));
        return this;
    }

    ProcessEvents disqualified(OpenedBid bid) {
        record(new BidDisqualified(tenderId, bid.bidId(), bid.supplierId(), "No bid security", OPENED_AT));
        return this;
    }

    ProcessEvents awarded(OpenedBid bid) {
        return awarded(bid, AWARDED_AT);
    }

    ProcessEvents awarded(OpenedBid bid, Instant at) {
        record(new TenderAwarded(
                tenderId,
                UUID.fromString("a0a00000-0000-4000-8000-" + tenderId.toString().substring(24)),
                bid.bidId(),
                bid.supplierId(),
                bid.price(),
                at.plus(Duration.ofDays(9)),
                at));
        return this;
    }

    /** Any further event of the process, such as a contract's. */
    ProcessEvents then(Object event) {
        record(event);
        return this;
    }

    /** The id the event of this type got, the last one if several. */
    String idOf(Class<?> type) {
        return events.stream()
                .filter(r -> type.isInstance(r.event()))
                .reduce((a, b) -> b)
                .orElseThrow()
                .eventId();
    }

    ProcessRecord record() {
        return new ProcessRecord(tenderId, events);
    }

    private void record(Object event) {
        events.add(new Recorded(tenderId.toString().substring(24) + "-" + (events.size() + 1), event));
    }
}
