package org.openprocurement.platform.api.web;

import static org.openprocurement.platform.api.infrastructure.ActorCorrelationDataProvider.CORRELATION_ID;
import static org.openprocurement.platform.api.infrastructure.ActorCorrelationDataProvider.ORGANISATION;
import static org.openprocurement.platform.api.infrastructure.ActorCorrelationDataProvider.REQUEST_TIME;
import static org.openprocurement.platform.api.infrastructure.ActorCorrelationDataProvider.ROLE;
import static org.openprocurement.platform.api.infrastructure.ActorCorrelationDataProvider.USER;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.openprocurement.platform.api.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Sends a command on behalf of the requesting actor, stamping who, for whom, in which role, and when. */
@Component
public class CommandSender {

    private final CommandGateway gateway;

    CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends the command, waits for its outcome and returns the handler's result. */
    public <R> R send(Object command, Actor actor, Instant requestTime) {
        MetaData metaData = MetaData.from(Map.of(
                USER, actor.userId(),
                ORGANISATION, actor.organisationId(),
                ROLE, actor.role().name(),
                CORRELATION_ID, correlationId(),
                REQUEST_TIME, requestTime.toString()));
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /**
     * Sends a command of a member of the public who did not sign in: the metadata says so and carries no
     * personal data (no address, no name), only the correlation id and the time.
     */
    public <R> R sendAnonymously(Object command, Instant requestTime) {
        MetaData metaData = MetaData.from(Map.of(
                USER,
                ANONYMOUS,
                ORGANISATION,
                "public",
                ROLE,
                "PUBLIC",
                CORRELATION_ID,
                correlationId(),
                REQUEST_TIME,
                requestTime.toString()));
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /** The user recorded for a member of the public who did not sign in. */
    public static final String ANONYMOUS = "anonymous";

    private static String correlationId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object id = attributes == null
                ? null
                : attributes.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }
}
