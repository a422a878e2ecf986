package org.openprocurement.platform.api.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An aggregate cache that only ever holds committed state.
 *
 * <p>Axon stores an aggregate in its cache when the command's unit of work commits, but here that unit of
 * work runs inside a wider database transaction (the idempotency record, the projections, policies) that
 * may still roll back, and other threads could meanwhile read the uncommitted state from the cache and
 * append after an event that never becomes durable. So a write inside a transaction evicts the entry at
 * once, and the new state goes into the cache only after the database has committed. A state put late by a
 * slow thread can only be older than the database; the next append then collides with the event table's
 * unique key, Axon evicts the entry, and the command is retried on fresh state.
 *
 * <p>It holds at most a fixed number of aggregates, the least recently used leaving first. (Axon's weak-reference
 * cache lost its entries at every young collection, so in a bid storm nearly every command read its aggregate
 * back from the event table.) No Axon component of this platform listens to cache entries, so listeners are
 * refused rather than silently never called.
 */
final class CommittedAggregateCache implements Cache {

    private final Bounded delegate;

    CommittedAggregateCache(int entries) {
        this.delegate = new Bounded(entries);
    }

    @Override
    public <K, V> V get(K key) {
        return delegate.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delegate.put(key, value);
            return;
        }
        delegate.remove(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delegate.put(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (delegate.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T present = delegate.get(key);
        if (present != null) {
            return present;
        }
        T value = valueSupplier.get();
        put(key, value);
        return value;
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V present = delegate.get(key);
        if (present != null) {
            put(key, update.apply(present));
        }
    }

    @Override
    public boolean remove(Object key) {
        return delegate.remove(key);
    }

    @Override
    public void removeAll() {
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache has no entry listeners");
    }

    /** An access-ordered map of at most {@code entries} entries, under one lock. */
    private static final class Bounded {

        private final Map<Object, Object> entries;

        Bounded(int capacity) {
            this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                    return size() > capacity;
                }
            };
        }

        @SuppressWarnings("unchecked")
        synchronized <V> V get(Object key) {
            return (V) entries.get(key);
        }

        synchronized void put(Object key, Object value) {
            entries.put(key, value);
        }

        synchronized boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        synchronized void removeAll() {
            entries.clear();
        }

        synchronized boolean containsKey(Object key) {
            return entries.containsKey(key);
        }
    }
}
