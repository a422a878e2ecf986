package org.openprocurement.platform.api.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.RequestRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The tamper-evident ledger, public: signed checkpoints (C2SP tlog-checkpoint notes), the leaf of any event,
 * inclusion and consistency proofs (RFC 9162). Auditors export the sealed events for the offline verifier.
 */
@RestController
@Tag(
        name = "Ledger",
        description = "Every event sealed into an RFC 9162 Merkle tree in a settled order; Ed25519-signed "
                + "checkpoints; proofs anyone can check without trusting the platform.")
class LedgerController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final LedgerQueries ledger;

    LedgerController(LedgerQueries ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/public/ledger/checkpoints")
    @Operation(summary = "Signed checkpoints from a tree size on, oldest first")
    List<LedgerQueries.Checkpoint> checkpoints(
            @RequestParam(defaultValue = "0") long fromSize, @RequestParam(defaultValue = "100") int limit) {
        if (fromSize < 0) {
            throw new InvalidInputException("fromSize", "must not be negative");
        }
        return ledger.checkpoints(fromSize, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping(value = "/api/public/ledger/checkpoints/latest", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The latest checkpoint as a signed note (C2SP tlog-checkpoint)")
    String latest() {
        return ledger.latest().map(LedgerQueries.Checkpoint::note).orElseThrow(LedgerController::noCheckpointYet);
    }

    @GetMapping("/api/public/ledger/events/{globalIndex}/leaf")
    @Operation(summary = "The leaf an event was sealed into, once it is sealed")
    LedgerQueries.Leaf leafOfEvent(@PathVariable long globalIndex) {
        return ledger.leafOfEvent(globalIndex)
                .orElseThrow(() -> new RequestRefusedException(
                        HttpStatus.NOT_FOUND, "not-sealed", "No sealed event has that global index (yet)."));
    }

    @GetMapping("/api/public/ledger/proofs/inclusion")
    @Operation(summary = "RFC 9162 inclusion proof of a leaf in the tree of a given size")
    LedgerQueries.Proof inclusion(@RequestParam long leafIndex, @RequestParam long treeSize) {
        return ledger.inclusion(leafIndex, treeSize)
                .orElseThrow(() -> new InvalidInputException(
                        "treeSize", "needs 0 <= leafIndex < treeSize <= the number of sealed leaves"));
    }

    @GetMapping("/api/public/ledger/proofs/consistency")
    @Operation(summary = "RFC 9162 consistency proof between two tree sizes")
    LedgerQueries.Proof consistency(@RequestParam long from, @RequestParam long to) {
        return ledger.consistency(from, to)
                .orElseThrow(
                        () -> new InvalidInputException("to", "needs 0 <= from <= to <= the number of sealed leaves"));
    }

    @GetMapping("/api/audit/ledger/export")
    @Operation(summary = "Every sealed event in leaf order, one canonical JSON line each (auditor)")
    ResponseEntity<StreamingResponseBody> export(@Parameter(hidden = true) Actor actor) {
        if (!actor.hasRole(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only auditors export the ledger");
        }
        return ResponseEntity.ok().contentType(NDJSON).body(ledger::export);
    }

    private static RequestRefusedException noCheckpointYet() {
        return new RequestRefusedException(HttpStatus.NOT_FOUND, "no-checkpoint", "No checkpoint has been signed yet.");
    }
}
