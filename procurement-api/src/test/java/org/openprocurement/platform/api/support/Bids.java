package org.openprocurement.platform.api.support;

import static org.openprocurement.platform.api.support.HttpTest.as;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.core.bid.BidIds;

/** Test steps on bids, through HTTP, and the receipt digest computed independently of the platform. */
public final class Bids {

    /** The demo supplier accounts and the organisations they bid for. */
    public static final Map<String, String> SUPPLIERS = Map.of(
            "supplier.anhe", "anhe-medical",
            "supplier.boda", "boda-technology",
            "supplier.chenguang", "chenguang-office",
            "supplier.dongfang", "dongfang-instruments");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bids() {}

    /** The supplier account submits a bid. */
    public static Response submit(String user, UUID tender, String price, String proposal) {
        return as(user).body(body(price, proposal)).post("/api/tenders/{t}/bids", tender);
    }

    /** A submission body; the price is sent as a JSON number exactly as written. */
    public static String body(String price, String proposal) {
        return "{\"price\":" + price + ",\"proposal\":" + quoted(proposal) + "}";
    }

    /** The id of the supplier account's bid in the tender. */
    public static UUID bidOf(String user, UUID tender) {
        return BidIds.of(tender, SUPPLIERS.get(user));
    }

    /** SHA-256 (hex) of the submission document the platform should have sealed for this bid. */
    public static String digestOf(UUID tender, String user, String price, String proposal) {
        String document = "{\"tenderId\":\"" + tender + "\",\"supplierId\":\"" + SUPPLIERS.get(user) + "\",\"price\":"
                + price + ",\"proposal\":" + quoted(proposal) + "}";
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
