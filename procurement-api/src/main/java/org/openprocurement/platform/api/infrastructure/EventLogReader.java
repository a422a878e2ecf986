package org.openprocurement.platform.api.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads the whole event log in global order on a connection the caller holds, so that a replay sees the
 * events and the read models of one and the same snapshot. Payloads go through the platform's upcasters and
 * event serializer, exactly as the event store delivers them.
 */
@Component
public class EventLogReader {

    private static final int CHUNK = 2000;

    private final Serializer serializer;
    private final Configuration axon;

    EventLogReader(@Qualifier("eventSerializer") Serializer serializer, Configuration axon) {
        this.serializer = serializer;
        this.axon = axon;
    }

    /** Hands every stored event to {@code handler}, oldest global index first; answers how many there were. */
    public long readAll(Connection connection, Consumer<DomainEventMessage<?>> handler) throws SQLException {
        long count = 0;
        Chunk chunk = new Chunk(List.of(), -1);
        do {
            chunk = chunk(connection, chunk.lastIndex());
            EventStreamUtils.upcastAndDeserializeDomainEvents(chunk.events().stream(), serializer, axon.upcasterChain())
                    .asStream()
                    .forEach(handler);
            count += chunk.events().size();
        } while (chunk.events().size() == CHUNK);
        return count;
    }

    private record Chunk(List<DomainEventData<?>> events, long lastIndex) {}

    private Chunk chunk(Connection connection, long after) throws SQLException {
        List<DomainEventData<?>> chunk = new ArrayList<>(CHUNK);
        long last = after;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp, "
                        + "payloadtype, payloadrevision, payload, metadata FROM domainevententry "
                        + "WHERE globalindex > ? ORDER BY globalindex LIMIT " + CHUNK)) {
            statement.setLong(1, after);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    chunk.add(new GenericDomainEventEntry<>(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getBytes(9),
                            rs.getBytes(10)));
                }
            }
        }
        return new Chunk(chunk, last);
    }
}
