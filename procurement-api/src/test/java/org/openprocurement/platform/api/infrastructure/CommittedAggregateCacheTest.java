package org.openprocurement.platform.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The aggregate cache holds only what the database has committed. */
class CommittedAggregateCacheTest {

    private final CommittedAggregateCache cache = new CommittedAggregateCache(3);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aStateWrittenInATransactionIsCachedOnlyOnceItCommits() {
        cache.put("bid-1", "version 0");
        TransactionSynchronizationManager.initSynchronization();

        cache.put("bid-1", "version 1");

        assertThat((Object) cache.get("bid-1")).as("evicted while uncommitted").isNull();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat((Object) cache.get("bid-1")).isEqualTo("version 1");
    }

    @Test
    void aStateWrittenInATransactionThatRollsBackIsNeverCached() {
        cache.put("bid-1", "version 0");
        TransactionSynchronizationManager.initSynchronization();

        cache.put("bid-1", "version 1");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat((Object) cache.get("bid-1")).isNull();
    }

    @Test
    void outsideATransactionItIsAPlainCache() {
        cache.put("bid-1", "version 0");

        assertThat((Object) cache.get("bid-1")).isEqualTo("version 0");
        assertThat(cache.remove("bid-1")).isTrue();
        assertThat(cache.containsKey("bid-1")).isFalse();
    }

    @Test
    void itKeepsTheMostRecentlyUsedEntriesUpToItsBound() {
        cache.put("bid-1", "one");
        cache.put("bid-2", "two");
        cache.put("bid-3", "three");
        cache.get("bid-1");

        cache.put("bid-4", "four");

        assertThat(cache.containsKey("bid-2")).as("least recently used").isFalse();
        assertThat((Object) cache.get("bid-1")).isEqualTo("one");
        assertThat((Object) cache.get("bid-3")).isEqualTo("three");
        assertThat((Object) cache.get("bid-4")).isEqualTo("four");
    }

    @Test
    void whatTheCollectorRunsDoesNotEmptyIt() {
        cache.put("bid-1", new Object());

        System.gc();

        assertThat(cache.containsKey("bid-1")).isTrue();
    }
}
