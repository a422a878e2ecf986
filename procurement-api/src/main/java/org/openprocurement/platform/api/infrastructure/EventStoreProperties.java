package org.openprocurement.platform.api.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the JDBC event storage engine that Axon does not expose as Spring properties.
 *
 * @param batchSize events read per query by streaming processors
 * @param gapTimeoutMillis how long a streaming reader waits for a missing global index before giving up on it
 * @param maxGapOffset how far behind the head a gap is still tracked
 * @param aggregateCache whether aggregates stay in memory between commands (on by default; the benchmark
 *     switches it off to measure Axon's out-of-the-box configuration)
 * @param aggregateCacheEntries how many aggregates each aggregate type keeps in memory, the least recently
 *     used leaving first (20,000 by default: a bid is a few hundred bytes, a tender a few kilobytes)
 */
@ConfigurationProperties("procurement.event-store")
public record EventStoreProperties(
        int batchSize, int gapTimeoutMillis, int maxGapOffset, Boolean aggregateCache, int aggregateCacheEntries) {

    public EventStoreProperties {
        batchSize = batchSize > 0 ? batchSize : 500;
        gapTimeoutMillis = gapTimeoutMillis > 0 ? gapTimeoutMillis : 60_000;
        maxGapOffset = maxGapOffset > 0 ? maxGapOffset : 10_000;
        aggregateCache = aggregateCache == null || aggregateCache;
        aggregateCacheEntries = aggregateCacheEntries > 0 ? aggregateCacheEntries : 20_000;
    }
}
