package org.openprocurement.platform.api.infrastructure;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies who acted, for which organisation, in which role, under which correlation id and when, from the
 * command onto every event it causes.
 *
 * <p>A deadline is not an act of the person who scheduled it: events caused by a deadline name the platform
 * as actor and the deadline's time as the request time, while keeping the original correlation id.
 */
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    public static final String USER = "user";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";
    public static final String REQUEST_TIME = "requestTime";
    public static final String SYSTEM = "system";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        if (message instanceof DeadlineMessage<?> deadline) {
            data.put(USER, SYSTEM);
            data.put(ORGANISATION, "platform");
            data.put(ROLE, "SYSTEM");
            data.put(REQUEST_TIME, deadline.getTimestamp().toString());
            data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
            return data;
        }
        for (String key : new String[] {USER, ORGANISATION, ROLE, CORRELATION_ID, REQUEST_TIME}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        return data;
    }
}
