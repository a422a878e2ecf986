package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openprocurement.platform.api.organisation.Organisation;
import org.openprocurement.platform.api.organisation.OrganisationDirectory;

/** The parties of a process: each organisation once, with every role it has taken. */
final class Parties {

    private final OrganisationDirectory organisations;

    Parties(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    /** Adds the role to the organisation's party, creating it; answers the reference to it. */
    ObjectNode add(ObjectNode content, String organisationId, String role) {
        ArrayNode parties = content.withArray("parties");
        ObjectNode party = find(parties, organisationId);
        if (party == null) {
            party = created(parties, organisationId);
        }
        ArrayNode roles = (ArrayNode) party.get("roles");
        boolean known = false;
        for (JsonNode r : roles) {
            known |= r.asText().equals(role);
        }
        if (!known) {
            roles.add(role);
        }
        return reference(organisationId);
    }

    private static ObjectNode find(ArrayNode parties, String organisationId) {
        for (JsonNode existing : parties) {
            if (existing.path("id").asText().equals(organisationId)) {
                return (ObjectNode) existing;
            }
        }
        return null;
    }

    private ObjectNode created(ArrayNode parties, String organisationId) {
        ObjectNode party = parties.addObject();
        party.put("id", organisationId);
        party.put("name", name(organisationId));
        organisations
                .find(organisationId)
                .map(Organisation::registrationNumber)
                .ifPresent(number ->
                        party.putObject("identifier").put("id", number).put("legalName", name(organisationId)));
        party.putArray("roles");
        return party;
    }

    /** An OrganizationReference: the party's id and name. */
    ObjectNode reference(String organisationId) {
        return OcdsJson.object().put("id", organisationId).put("name", name(organisationId));
    }

    private String name(String organisationId) {
        return organisations.find(organisationId).map(Organisation::name).orElse(organisationId);
    }
}
