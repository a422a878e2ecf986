package org.openprocurement.platform.api.portal;

import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openprocurement.platform.api.disclosure.PublicDisclosure;
import org.openprocurement.platform.api.disclosurerequest.DisclosureRequestFiling;
import org.openprocurement.platform.api.disclosurerequest.DisclosureRequestQueries;
import org.openprocurement.platform.api.disclosurerequest.FileDisclosureRequest;
import org.openprocurement.platform.api.organisation.Organisation;
import org.openprocurement.platform.api.organisation.OrganisationDirectory;
import org.openprocurement.platform.api.portal.PortalQueries.AwardedValue;
import org.openprocurement.platform.api.portal.PortalQueries.ProcessRow;
import org.openprocurement.platform.api.tender.TenderQueries;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public portal: server-rendered pages without login or script. Everything it shows has passed the
 * disclosure policy: a secret process does not exist here, masked fields read "withheld from publication".
 */
@Controller
@Hidden
class PortalController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_INFORMATION = 2000;
    private static final Pattern ORGANISATION = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final PortalQueries portal;
    private final TenderQueries tenders;
    private final DisclosureRequestQueries requests;
    private final DisclosureRequestFiling filing;
    private final PublicDisclosure disclosure;
    private final ObjectProvider<ContractDisclosure> contracts;
    private final AppealDisclosure appeals;
    private final CommentDisclosure comments;
    private final OrganisationDirectory organisations;
    private final ZoneId zone;

    PortalController(
            PortalQueries portal,
            TenderQueries tenders,
            DisclosureRequestQueries requests,
            DisclosureRequestFiling filing,
            PublicDisclosure disclosure,
            ObjectProvider<ContractDisclosure> contracts,
            AppealDisclosure appeals,
            CommentDisclosure comments,
            OrganisationDirectory organisations,
            @Value("${procurement.fiscal-time-zone}") ZoneId zone) {
        this.portal = portal;
        this.tenders = tenders;
        this.requests = requests;
        this.filing = filing;
        this.disclosure = disclosure;
        this.contracts = contracts;
        this.appeals = appeals;
        this.comments = comments;
        this.organisations = organisations;
        this.zone = zone;
    }

    @GetMapping("/")
    @ResponseBody
    ResponseEntity<String> processes(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String agency,
            @RequestParam(defaultValue = "1") int page) {
        String statusFilter = blankToNull(status);
        String agencyFilter = blankToNull(agency);
        if (statusFilter != null && !ProcessListPage.STATUSES.contains(statusFilter)) {
            throw new InvalidInputException("status", "must be one of " + ProcessListPage.STATUSES);
        }
        if (agencyFilter != null && !ORGANISATION.matcher(agencyFilter).matches()) {
            throw new InvalidInputException("agency", "is not an organisation identifier");
        }
        if (page < 1 || page > 100_000) {
            throw new InvalidInputException("page", "must be between 1 and 100000");
        }
        int visible = portal.countPublished(statusFilter, agencyFilter);
        int pages = Math.max(1, (visible + PAGE_SIZE - 1) / PAGE_SIZE);
        List<ProcessRow> rows = portal.published(statusFilter, agencyFilter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        String html = ProcessListPage.render(new ProcessListPage.Model(
                rows,
                page,
                pages,
                visible,
                statusFilter,
                agencyFilter,
                portal.agencies(),
                disclosure::maskedFields,
                this::nameOf,
                zone));
        return PortalResponses.page("Procurement processes", PortalLayout.PROCESSES, html);
    }

    @GetMapping("/processes/{id}")
    @ResponseBody
    ResponseEntity<String> process(@PathVariable UUID id) {
        TenderResponse tender = tenders.find(id)
                .filter(t -> t.publishedAt() != null && disclosure.isPublic(id))
                .orElseThrow(() -> new NotFoundException("process", id));
        ContractDisclosure contractRecords = contracts.getIfAvailable();
        String html = ProcessPage.render(new ProcessPage.Model(
                tender,
                disclosure.maskedFields(id),
                portal.openedBids(id),
                portal.awards(id),
                contractRecords == null ? null : contractRecords.contractsOf(id),
                contractRecords == null
                        ? null
                        : tender.buyerId().equals(tender.procuringEntityId()) || tender.procuringEntityId() == null
                                ? List.of(contractRecords.ratingOf(tender.buyerId()))
                                : List.of(
                                        contractRecords.ratingOf(tender.buyerId()),
                                        contractRecords.ratingOf(tender.procuringEntityId())),
                appeals.challengesOf(id),
                appeals.complaintsOf(id),
                comments.commentsOf(id),
                requests.ofProcess(id),
                this::nameOf,
                zone));
        return PortalResponses.page(tender.title(), "", html);
    }

    @PostMapping(path = "/processes/{id}/disclosure-requests", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> ask(@PathVariable UUID id, @RequestParam(required = false) String information) {
        if (information == null || information.isBlank() || information.length() > MAX_INFORMATION) {
            throw new InvalidInputException("information", "must say what is asked for, in 1 to 2,000 characters");
        }
        // The form files as the public whoever the browser may be signed in as: it is the public's channel.
        filing.file(id, new FileDisclosureRequest(information), DisclosureRequestFiling.PUBLIC, null);
        // Post, redirect, get: reloading the page that follows never files the request twice.
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/processes/" + id + "#disclosure-requests"))
                .build();
    }

    @GetMapping("/spend")
    @ResponseBody
    ResponseEntity<String> spend() {
        Map<List<String>, AgencySpend> totals = new LinkedHashMap<>();
        for (AwardedValue award : portal.awardedValues()) {
            if (!disclosure.isPublic(award.processId())) {
                continue;
            }
            boolean withheld = Masks.awardValueWithheld(disclosure.maskedFields(award.processId()));
            totals.merge(
                    List.of(award.buyerId(), award.currency()),
                    new AgencySpend(
                            award.buyerId(),
                            nameOf(award.buyerId()),
                            award.currency(),
                            withheld ? 0 : 1,
                            withheld ? BigDecimal.ZERO : award.value(),
                            withheld ? 1 : 0),
                    (a, b) -> new AgencySpend(
                            a.agencyId(),
                            a.agencyName(),
                            a.currency(),
                            a.awards() + b.awards(),
                            a.total().add(b.total()),
                            a.withheld() + b.withheld()));
        }
        List<AgencySpend> spend = totals.values().stream()
                .sorted(Comparator.comparing(AgencySpend::total).reversed().thenComparing(AgencySpend::agencyName))
                .toList();
        return PortalResponses.page("Spend by agency", PortalLayout.SPEND, SpendPage.render(spend));
    }

    private String nameOf(String organisationId) {
        if (organisationId == null) {
            return "—";
        }
        return organisations.find(organisationId).map(Organisation::name).orElse(organisationId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
