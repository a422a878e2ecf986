package org.openprocurement.platform.audit.redflag;

/**
 * One event as the log holds it: its identifier in the event store and its payload.
 *
 * @param eventId the event's identifier, which every red flag resting on it cites
 * @param event the event itself, one of core's event records
 */
public record Recorded(String eventId, Object event) {}
