package org.openprocurement.platform.api.infrastructure;

import java.time.Clock;
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
 * as actor and the time it fires as the request time, while keeping the original correlation id.
 */
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    private final Clock clock;

    public ActorCorrelationDataProvider(Clock clock) {
        this.clock = clock;
    }

    public static final String USER = "user";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";
    public static final String REQUEST_TIME = "requestTime";
    public static final String SYSTEM = "system";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        if (message instanceof DeadlineMessage<?>) {
            data.put(USER, SYSTEM);
            data.put(ORGANISATION, "platform");
            data.put(ROLE, "SYSTEM");
            // The deadline message's own timestamp is when it was scheduled; the act happens now.
            data.put(REQUEST_TIME, clock.instant().toString());
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
