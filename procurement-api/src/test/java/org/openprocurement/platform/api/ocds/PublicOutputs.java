package org.openprocurement.platform.api.ocds;

import static org.openprocurement.platform.api.ocds.OcdsFeed.anonymous;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.openprocurement.platform.api.support.Bids;

/**
 * Everything the public can read about a tender, concatenated: the tender REST reads of an anonymous caller
 * and of a supplier that was not invited, its evaluation, bids and seals, the whole OCDS feed, its record and
 * the bulk file. A canary planted in withheld data must not occur anywhere in it.
 */
final class PublicOutputs {

    /** A supplier that none of these tenders invites. */
    static final String OUTSIDER = "supplier.dongfang";

    private PublicOutputs() {}

    static String of(UUID tender) {
        List<String> outputs = new ArrayList<>();
        for (Supplier<RequestSpecification> caller : List.<Supplier<RequestSpecification>>of(
                OcdsFeed::anonymous,
                () -> RestAssured.given().auth().preemptive().basic(OUTSIDER, "demo"))) {
            outputs.add(caller.get().get("/api/tenders?limit=500").asString());
            outputs.add(caller.get().get("/api/tenders/{id}", tender).asString());
            outputs.add(caller.get().get("/api/tenders/{id}/evaluation", tender).asString());
            outputs.add(caller.get().get("/api/tenders/{id}/bids", tender).asString());
            for (String supplier : Bids.SUPPLIERS.keySet()) {
                UUID bid = Bids.bidOf(supplier, tender);
                outputs.add(caller.get()
                        .get("/api/tenders/{id}/bids/{bid}", tender, bid)
                        .asString());
                outputs.add(caller.get()
                        .get("/api/tenders/{id}/bids/{bid}/seal", tender, bid)
                        .asString());
            }
        }
        outputs.add(anonymous()
                .get("/api/public/ocds/records/{ocid}", OcdsFeed.ocid(tender))
                .asString());
        outputs.add(listings());
        return String.join("\n", outputs);
    }

    /** What lists every process: the tender lists of the public and of an outsider, the feed, the bulk file. */
    static String listings() {
        List<String> outputs = new ArrayList<>();
        outputs.add(anonymous().get("/api/tenders?limit=500").asString());
        outputs.add(RestAssured.given()
                .auth()
                .preemptive()
                .basic(OUTSIDER, "demo")
                .get("/api/tenders?limit=500")
                .asString());
        OcdsFeed.allPages(200).forEach(page -> outputs.add(page.toString()));
        outputs.addAll(OcdsFeed.bulkLines());
        return String.join("\n", outputs);
    }
}
