package org.openprocurement.platform.api.disclosurerequest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.api.disclosure.PublicDisclosure;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderQueries;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.disclosurerequest.command.RequestDisclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Files a disclosure request about a public process, for the JSON API and the portal's form alike. */
@Component
public class DisclosureRequestFiling {

    /** Who files a request without signing in, as recorded in the event metadata. */
    public static final Actor PUBLIC = new Actor("anonymous", "public", Role.PUBLIC);

    static final String BASE = "/api/public/disclosure-requests/";

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final DisclosureRequestQueries requests;
    private final TenderQueries tenders;
    private final PublicDisclosure disclosure;
    private final Clock clock;

    DisclosureRequestFiling(
            CommandSender commands,
            CommandTransactions transactions,
            DisclosureRequestQueries requests,
            TenderQueries tenders,
            PublicDisclosure disclosure,
            Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.requests = requests;
        this.tenders = tenders;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** Files the request in one transaction; answers 201 with the request, or the first answer to a retry. */
    public ResponseEntity<?> file(UUID processId, FileDisclosureRequest request, Actor actor, String idempotencyKey) {
        TenderResponse process = publicProcess(processId);
        return transactions.run(actor, idempotencyKey, "disclosure request " + processId, request, () -> {
            UUID requestId = UUID.randomUUID();
            Instant now = clock.instant();
            commands.send(
                    new RequestDisclosure(requestId, processId, process.buyerId(), request.information(), now),
                    actor,
                    now);
            return changed(requestId);
        });
    }

    /** A published process the public may see; a draft, an unknown or a secret process is not found. */
    TenderResponse publicProcess(UUID id) {
        return tenders.find(id)
                .filter(t -> t.publishedAt() != null && disclosure.isPublic(id))
                .orElseThrow(() -> new NotFoundException("process", id));
    }

    DisclosureRequestResponse load(UUID requestId) {
        return requests.find(requestId).orElseThrow(() -> new NotFoundException("disclosure request", requestId));
    }

    ResponseEntity<DisclosureRequestResponse> changed(UUID requestId) {
        DisclosureRequestResponse saved = load(requestId);
        return ResponseEntity.created(URI.create(BASE + requestId))
                .eTag(Versions.etag(saved.version()))
                .body(saved);
    }
}
