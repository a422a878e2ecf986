package org.openprocurement.platform.api.appeal;

import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.disclosure.PublicDisclosure;
import org.openprocurement.platform.api.portal.AppealDisclosure;
import org.openprocurement.platform.api.portal.PublicChallenge;
import org.openprocurement.platform.api.portal.PublicComplaint;
import org.springframework.stereotype.Component;

/**
 * Challenges and complaints for the public portal, redacted as for any reader without a role: a challenge shows
 * its subject and timeliness only, a complaint its complainant, grounds and decision once decided (MOF Order No. 94
 * has decisions announced in the designated media). Nothing of a secret process.
 */
@Component
class PortalAppeals implements AppealDisclosure {

    private final AppealQueries appeals;
    private final PublicDisclosure disclosure;

    PortalAppeals(AppealQueries appeals, PublicDisclosure disclosure) {
        this.appeals = appeals;
        this.disclosure = disclosure;
    }

    @Override
    public List<PublicChallenge> challengesOf(UUID processId) {
        if (!disclosure.isPublic(processId)) {
            return List.of();
        }
        return appeals.challengesOf(processId).stream()
                .map(ChallengeResponse::redacted)
                .map(c -> new PublicChallenge(
                        c.subject(), c.status(), c.filedAt(), c.answerDueAt(), c.answeredAt(), c.late()))
                .toList();
    }

    @Override
    public List<PublicComplaint> complaintsOf(UUID processId) {
        if (!disclosure.isPublic(processId)) {
            return List.of();
        }
        return appeals.complaintsOf(processId).stream()
                .map(c -> c.decidedAt() != null ? c : c.redacted())
                .map(c -> new PublicComplaint(
                        c.supplierId(),
                        c.grounds(),
                        c.status(),
                        c.filedAt(),
                        c.decisionDueAt(),
                        c.outcome(),
                        c.reasoning(),
                        c.decidedAt(),
                        appeals.suspendedFor(processId, c.id())))
                .toList();
    }
}
