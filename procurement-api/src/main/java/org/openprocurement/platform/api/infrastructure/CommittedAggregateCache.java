package org.openprocurement.platform.api.infrastructure;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
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
 */
final class CommittedAggregateCache implements Cache {

    private final Cache delegate = new WeakReferenceCache();

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
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }
}
